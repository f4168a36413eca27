package org.arbiter.evidence;

import java.io.IOException;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Removes bytes an upload wrote when its record was never stored. Only bytes this upload created, and only
 * when no evidence refers to them: identical bytes of another upload are left alone. The hash's lock row
 * ({@link EvidenceBlobs}) orders this against an upload of the same bytes recording them on any node.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UploadCleanup {

    private static final System.Logger LOG = System.getLogger(UploadCleanup.class.getName());

    @Inject
    EvidenceRepository evidence;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceBlobs blobs;

    public void discardIfUnreferenced(StoredBlob blob) {
        if (!blob.created()) {
            return;
        }
        // The upload may have failed before it registered the hash: the row must exist to be locked.
        blobs.register(blob.sha256());
        if (!blobs.releaseIfUnreferenced(blob.sha256(), evidence)) {
            return;
        }
        try {
            store.delete(blob.sha256());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove unreferenced evidence bytes " + blob.sha256(), e);
        }
    }
}
