package org.arbiter.web.problem;

import java.lang.System.Logger.Level;
import java.util.UUID;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.arbiter.api.problem.ProblemType;

/**
 * Everything nobody planned for. Concurrent changes of the same record are a 409 the client can retry;
 * anything else is logged in full with an incident id, and the client gets that id and no internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Inject
    RequestPath path;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return Problems.response(409, ProblemType.CONFLICT,
                        "someone else changed this at the same moment; read it again and retry", path.value());
            }
        }
        String incident = UUID.randomUUID().toString();
        Throwable logged = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        LOG.log(Level.ERROR, "Incident " + incident + " on " + path.value(), logged);
        return Problems.response(500, ProblemType.INTERNAL,
                "the server failed to complete the request; quote incident " + incident, path.value());
    }
}
