package org.arbiter.api.ledger;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The global append-only custody log (RFC 6962 Merkle tree). Public: it holds hashes only, and anyone must
 * be able to check a bundle or a proof against it.
 */
@Path(LedgerApi.PATH)
@Tag(name = "ledger", description = "The global custody log: tree heads and proofs")
public interface LedgerApi {

    String PATH = "/ledger";

    @GET
    @Path("/tree-head")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest signed tree head")
    SignedTreeHeadView latest();

    @GET
    @Path("/tree-heads/{treeSize}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed tree head published at that size")
    SignedTreeHeadView treeHead(@PathParam("treeSize") String treeSize);

    @GET
    @Path("/public-key")
    @Produces({"application/x-pem-file", "text/plain"})
    @Operation(summary = "The Ed25519 public key that signs the tree heads (PEM, X.509 SubjectPublicKeyInfo)")
    String publicKey();

    @GET
    @Path("/proofs/inclusion")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inclusion proof of a leaf, by its hash or index, in the tree of the given size "
            + "(default: the latest)")
    InclusionProofView inclusion(@QueryParam("leafHash") @Parameter(description = "64 hex digits") String leafHash,
                                 @QueryParam("leafIndex") String leafIndex,
                                 @QueryParam("treeSize") String treeSize);

    @GET
    @Path("/proofs/consistency")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Consistency proof between two tree sizes (second default: the latest)")
    ConsistencyProofView consistency(@QueryParam("first") String first, @QueryParam("second") String second);
}
