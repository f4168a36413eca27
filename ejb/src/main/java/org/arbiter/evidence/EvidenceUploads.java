package org.arbiter.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.arbiter.api.evidence.EvidenceView;
import org.arbiter.cases.CaseNumber;
import org.arbiter.evidence.content.SniffedMedia;
import org.arbiter.idempotency.IdempotencyKeyReusedException;
import org.arbiter.idempotency.IdempotentRetries;
import org.arbiter.idempotency.StoredResponse;
import org.arbiter.shared.Caller;
import org.arbiter.shared.InvalidRequestException;
import org.arbiter.shared.Json;

/**
 * An upload from the first byte to the record, outside any transaction while bytes flow: the caller's right
 * and the remaining quota are checked before anything is read; the media type is sniffed from the first
 * bytes before anything is stored; the bytes are hashed on their way to the store; the record and its
 * custody entry are written only once the bytes are durable. Whatever fails on the way, the upload leaves
 * no record, and bytes it wrote that nothing refers to are removed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceUploads {

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceInspector inspector;

    @Inject
    UploadCleanup cleanup;

    @Inject
    EvidenceBlobs blobs;

    @Inject
    IdempotentRetries retries;

    public EvidenceView upload(Caller caller, String caseNumber, String kind, String caption, String staffOnly,
                               String contentLength, InputStream body) {
        EvidenceDescription description = evidence.describe(kind, caption, staffOnly);
        long declared = declaredLength(contentLength);
        // A retry of an answered upload is not judged against the quota its first attempt used, nor against the case's
        // status since: the record step answers it as the first time. It is the same file on the same case, so it has
        // the first one's size; another case or size is another request under the key, refused before a byte is read.
        Optional<StoredResponse> first = retries.firstAnswer(caller, EvidenceService.class, "record");
        long allowed;
        if (first.isPresent()) {
            EvidenceView firstUpload = read(first.get());
            allowed = evidence.allowanceForRetry(caller, caseNumber, description, firstUpload.sizeBytes());
            // Another case or another size is another request under the key: refused before a byte is read.
            if (!CaseNumber.parse(caseNumber).map(CaseNumber::value).equals(Optional.of(firstUpload.caseNumber()))
                    || declared >= 0 && declared != firstUpload.sizeBytes()) {
                throw new IdempotencyKeyReusedException();
            }
        } else {
            allowed = evidence.allowance(caller, caseNumber, description);
            if (declared > allowed) {
                throw new ContentTooLargeException("the file is " + declared + " bytes; at most " + allowed
                        + " more are accepted from your side on this case (limits: a file, then what is left of your "
                        + "side's quota)");
            }
        }
        List<StoredBlob> written = new ArrayList<>(2);
        InputStream client = new UploadBody(body);
        try {
            byte[] head = client.readNBytes(EvidenceInspector.HEAD_BYTES);
            SniffedMedia type = inspector.sniff(head);
            description.requireFits(type);
            StoredBlob blob = store.put(new SequenceInputStream(new ByteArrayInputStream(head), client), allowed);
            written.add(blob);
            blobs.register(blob.sha256());
            StoredContent content = inspector.inspect(blob, type, written);
            if (content.sharedSha256() != null) {
                blobs.register(content.sharedSha256());
            }
            EvidenceView recorded = evidence.record(caller, caseNumber, description, content);
            written.clear();
            return recorded;
        } catch (ContentTooLargeException tooLarge) {
            // A body without a length that outgrows the first upload under its key is another file.
            throw first.isPresent() ? new IdempotencyKeyReusedException() : tooLarge;
        } catch (UploadBody.BrokenOff e) {
            // The client hung up half-way: nothing of the upload remains.
            throw new InvalidRequestException("content", "the upload broke off before its end");
        } catch (IOException e) {
            // The store failed (a full disk, say): the server's fault, answered as such, with nothing kept either.
            throw new UncheckedIOException("storing an upload on case " + caseNumber + " failed", e);
        } finally {
            for (StoredBlob orphan : written) {
                cleanup.discardIfUnreferenced(orphan);
            }
        }
    }

    private static EvidenceView read(StoredResponse firstUpload) {
        try {
            return Json.mapper().readValue(firstUpload.body(), EvidenceView.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored upload answer no longer reads as one", e);
        }
    }

    private static long declaredLength(String contentLength) {
        if (contentLength == null || contentLength.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("Content-Length", "must be a number of bytes");
        }
    }
}
