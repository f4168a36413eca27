package org.arbiter.intake;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arbiter.api.intake.FileComplaintRequest;
import org.arbiter.cases.DuplicateComplaintException;
import org.arbiter.idempotency.IdempotencyKeyTakenException;
import org.arbiter.shared.ArbiterException;
import org.arbiter.shared.Caller;
import org.arbiter.shared.ConflictException;

/**
 * Intake as clients see it: file a complaint, and when the request was seen before, answer what it was
 * answered the first time. Each attempt is a transaction of its own ({@link ComplaintFiling}); this bean is
 * called outside any (by the resource), so that a refused attempt can be followed by a look-up that sees
 * what the other request committed. A plain CDI bean: the EJB container's interceptors would add nothing
 * here but cost on every filing.
 */
@ApplicationScoped
public class IntakeService {

    /** How often to try again when the request that held the key rolled back instead of answering. */
    private static final int ATTEMPTS = 3;

    @Inject
    ComplaintFiling filing;

    /**
     * Files a complaint by the caller about one of their orders.
     *
     * @param idempotencyKey the client's key, or {@code null}: then a retry is a new request, refused as a
     *                       duplicate while the first case is open
     */
    public FiledComplaint file(Caller caller, String idempotencyKey, FileComplaintRequest request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return filing.file(caller, idempotencyKey, request);
            } catch (IdempotencyKeyTakenException | DuplicateComplaintException refused) {
                // A retry of an answered request meets its own key, or its own open case: answer as the first time.
                Optional<FiledComplaint> first = firstAnswer(caller, idempotencyKey, request);
                if (first.isPresent()) {
                    return first.get();
                }
                if (refused instanceof DuplicateComplaintException duplicate) {
                    throw pointingAtTheCase(duplicate);
                }
                if (attempt == ATTEMPTS) {
                    throw busy();
                }
            } catch (ArbiterException refused) {
                // The order is checked before the key: a retry would be judged against an order snapshot pushed
                // since its first answer (a lower amount, other parties), and told its filed complaint failed.
                return firstAnswer(caller, idempotencyKey, request).orElseThrow(() -> refused);
            }
        }
    }

    /** The answer a request with this key got the first time; none without a key. */
    private Optional<FiledComplaint> firstAnswer(Caller caller, String idempotencyKey, FileComplaintRequest request) {
        return idempotencyKey == null ? Optional.empty() : filing.replay(caller, idempotencyKey, request);
    }

    /** A filing that lost the race to a concurrent one learns the winner's case, now committed, to point at. */
    private DuplicateComplaintException pointingAtTheCase(DuplicateComplaintException duplicate) {
        if (duplicate.caseNumber() != null || duplicate.openKey() == null) {
            return duplicate;
        }
        return filing.openCaseWith(duplicate.openKey()).map(DuplicateComplaintException::openAs).orElse(duplicate);
    }

    private static ArbiterException busy() {
        return new ConflictException("requests with this Idempotency-Key keep failing concurrently; try again");
    }
}
