package org.arbiter.web.custody;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.arbiter.api.custody.CustodyApi;
import org.arbiter.api.custody.CustodyChainView;
import org.arbiter.custody.CaseExport;
import org.arbiter.custody.CustodyExports;
import org.arbiter.custody.CustodyService;
import org.arbiter.shared.Caller;

@Path(CustodyApi.PATH)
@RequestScoped
public class CustodyResource implements CustodyApi {

    @Inject
    Caller caller;

    @Inject
    CustodyService custody;

    @Inject
    CustodyExports exports;

    @Override
    public CustodyChainView chain(String caseNumber) {
        return custody.chain(caller, caseNumber);
    }

    @Override
    public Response export(String caseNumber) {
        CaseExport export = exports.prepare(caller, caseNumber);
        return Response.ok((StreamingOutput) out -> exports.write(export, out), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
