package org.arbiter.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.arbiter.api.VisibleTextValidator;
import org.arbiter.api.evidence.EvidenceAnnotationList;
import org.arbiter.api.evidence.EvidenceAnnotationView;
import org.arbiter.api.evidence.EvidenceList;
import org.arbiter.api.evidence.EvidenceView;
import org.arbiter.api.vocabulary.CustodyEventType;
import org.arbiter.api.vocabulary.EvidenceKind;
import org.arbiter.api.vocabulary.EvidenceMark;
import org.arbiter.api.vocabulary.EvidenceSource;
import org.arbiter.cases.CaseAccess;
import org.arbiter.cases.CaseRepository;
import org.arbiter.cases.ComplaintText;
import org.arbiter.cases.DisputeCase;
import org.arbiter.cases.NoticeText;
import org.arbiter.cases.SensitiveDataScreen;
import org.arbiter.custody.CustodyChain;
import org.arbiter.custody.CustodyEvent;
import org.arbiter.deadlines.SlaPolicy;
import org.arbiter.idempotency.IdempotentWrite;
import org.arbiter.notifications.NoticeWriter;
import org.arbiter.shared.Caller;
import org.arbiter.shared.DisplaySettings;
import org.arbiter.shared.Digits;
import org.arbiter.shared.Fields;
import org.arbiter.shared.InvalidRequestException;
import org.arbiter.shared.InvalidValueException;
import org.arbiter.shared.NotFoundException;

/**
 * The transactions of evidence: checking that an upload may start, recording it once its bytes are stored,
 * reading (each read a custody event), withdrawing and marking. The bytes themselves are streamed outside
 * any transaction by {@link EvidenceUploads}.
 */
@Stateless
public class EvidenceService {

    private static final int MAX_CAPTION = 500;

    @Inject
    EvidenceBlobs blobs;

    @Inject
    SlaPolicy sla;

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    EvidenceRepository evidence;

    @Inject
    CustodyChain custody;

    @Inject
    EvidenceSettings settings;

    @Inject
    EvidenceViewMapper views;

    @Inject
    Clock clock;

    @Inject
    DisplaySettings display;

    private final SensitiveDataScreen screen = new SensitiveDataScreen();
    /** Writes what the platform says on a case (the answer evidence gives) in the case's language. */
    private NoticeWriter words;

    @PostConstruct
    void prepare() {
        words = new NoticeWriter(display.times());
    }

    /** Turns the upload's query fields into a description, naming every wrong field. */
    public EvidenceDescription describe(String kindText, String captionText, String staffOnlyText) {
        Fields fields = new Fields();
        EvidenceKind kind = fields.parse("kind", () -> parseKind(kindText));
        String caption = fields.parse("caption", () -> parseCaption(captionText));
        Boolean staffOnly = fields.parse("staffOnly", () -> parseFlag(staffOnlyText));
        fields.throwIfAny();
        return new EvidenceDescription(kind, screen.screen(caption).screened(), staffOnly);
    }

    /**
     * Checks, before any byte is read, that the caller may add this evidence to the case now, and returns how
     * many bytes the upload may have: the per-file limit or what is left of the case's quota.
     */
    public long allowance(Caller caller, String caseNumber, EvidenceDescription description) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        return remaining(disputeCase, mayAdd(caller, disputeCase, description));
    }

    /**
     * As {@link #allowance}, for the retry of an upload its key has answered: the caller must still see the case and
     * stand on the side the first upload was from; neither the quota its first attempt used up nor the case's status
     * since (a withdrawal after the first upload) is held against it, since what it gets is the first answer. The
     * upload may be as large as the first was.
     */
    public long allowanceForRetry(Caller caller, String caseNumber, EvidenceDescription description, long firstSize) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        checkSource(disputeCase.sideOf(disputeCase.standingOf(caller)), description);
        return Math.min(settings.maxFileBytes(), firstSize);
    }

    private static EvidenceSource mayAdd(Caller caller, DisputeCase disputeCase, EvidenceDescription description) {
        EvidenceSource source = disputeCase.evidenceSourceOf(disputeCase.standingOf(caller));
        checkSource(source, description);
        return source;
    }

    /** Records stored bytes as evidence on the case, with its custody entry, in one transaction. */
    @IdempotentWrite
    public EvidenceView record(Caller caller, String caseNumber, EvidenceDescription description,
                               StoredContent content) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        EvidenceSource source = disputeCase.evidenceSourceOf(actor);
        checkSource(source, description);
        long remaining = remaining(disputeCase, source);
        if (content.sizeBytes() > remaining) {
            throw new ContentTooLargeException("the file is " + content.sizeBytes() + " bytes; " + remaining
                    + " more are accepted from your side on this case");
        }
        blobs.holdForRecord(content.sha256());
        if (content.sharedSha256() != null) {
            blobs.holdForRecord(content.sharedSha256());
        }
        Instant now = clock.instant();
        Evidence item = new Evidence(disputeCase.getId(), actor, source, description, content, now);
        evidence.add(item);
        custody.append(disputeCase, CustodyEventType.SUBMITTED, item.getId(), item.getSha256(), actor,
                description.staffOnly() ? description.kind().name() + " (staff only)"
                        : description.kind().name() + ": " + description.caption(), now);
        String added = "added " + description.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " #"
                + item.getId() + " (" + content.mediaType() + ", " + content.sizeBytes() + " bytes)";
        recordEvent(disputeCase, actor, "EVIDENCE_SUBMITTED", added, description.staffOnly(),
                NoticeText.of("evidence-submitted", actor.userId(), caseNumber(disputeCase), description.kind(),
                        item.getId().toString()), now);
        // Only a party answers, and a party's evidence is never staff-only: its caption is the parties' to read.
        String answer = words.write(disputeCase.getClaim().getLanguage(),
                NoticeText.of("answered-with-evidence", description.kind(), item.getId().toString(), description.caption()));
        if (disputeCase.evidenceSubmitted(actor, answer, sla, now)) {
            item.answeredAQuestion();
        }
        cases.update(disputeCase);
        return views.toView(item, caseNumber);
    }

    public EvidenceList list(Caller caller, String caseNumber) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        var visible = evidence.ofCase(disputeCase.getId()).stream().filter(e -> e.isVisibleTo(actor)).toList();
        EvidenceSource side = disputeCase.sideOf(actor);
        return new EvidenceList(disputeCase.getCaseNumber().value(), views.toViews(visible, caseNumber), side,
                evidence.bytesUsed(disputeCase.getId(), side), settings.maxSideBytes());
    }

    /**
     * Which of the case's custody entries this caller is shown only by their hashes: for a party, the entries about
     * evidence staff keep to themselves, and those recording a staff note. A staff note is committed to with a random
     * salt, so its entry's hashes tell a party nothing; notes from before salts were committed to by the plain
     * SHA-256 of their text, which a party could test guesses against, had they the entry's text.
     */
    public Predicate<CustodyEvent> redactedFor(Caller caller, DisputeCase disputeCase) {
        Caller actor = disputeCase.standingOf(caller);
        if (actor.isStaff()) {
            return event -> false;
        }
        Set<Long> hidden = evidence.ofCase(disputeCase.getId()).stream().filter(e -> !e.isVisibleTo(actor))
                .map(Evidence::getId).collect(Collectors.toUnmodifiableSet());
        return event -> event.getEvidenceId() != null && hidden.contains(event.getEvidenceId())
                || event.getEvent() == CustodyEventType.ANNOTATED && EvidenceAnnotation.recordsStaffNote(event.getEntry());
    }

    public EvidenceView get(Caller caller, String caseNumber, String idText) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        return views.toView(visible(actor, disputeCase, idText), caseNumber);
    }

    /**
     * Opens a piece of evidence for reading: which bytes this caller gets, recorded as a custody event in the
     * same transaction, before a byte is sent.
     */
    public EvidenceContent open(Caller caller, String caseNumber, String idText) {
        DisputeCase disputeCase = access.forUpdate(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        Evidence item = visible(actor, disputeCase, idText);
        EvidenceContent content = contentFor(actor, disputeCase, item);
        custody.append(disputeCase, CustodyEventType.VIEWED, item.getId(), content.sha256(), actor,
                content.sha256().equals(item.getSha256()) ? "original" : "copy without location data", clock.instant());
        return content;
    }

    /** What {@link #open} would hand this caller, without handing it over: nothing is viewed, nothing recorded. */
    public EvidenceContent describeContent(Caller caller, String caseNumber, String idText) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        return contentFor(actor, disputeCase, visible(actor, disputeCase, idText));
    }

    private static EvidenceContent contentFor(Caller actor, DisputeCase disputeCase, Evidence item) {
        return new EvidenceContent(item.contentFor(actor), item.getMediaType(),
                disputeCase.getCaseNumber().value() + "-evidence-" + item.getId() + extensionOf(item.getMediaType()));
    }

    @IdempotentWrite
    public EvidenceView withdraw(Caller caller, String caseNumber, String idText, String reason) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        Evidence item = visible(actor, disputeCase, idText);
        String screened = screen.screen(reason.strip()).screened();
        Instant now = clock.instant();
        item.withdraw(actor, screened, disputeCase.reviewHasStarted(), now);
        custody.append(disputeCase, CustodyEventType.WITHDRAWN, item.getId(), item.getSha256(), actor, screened, now);
        String withdrew = "withdrew evidence #" + item.getId() + ": " + screened;
        recordEvent(disputeCase, actor, "EVIDENCE_WITHDRAWN", withdrew, item.isStaffOnly(), NoticeText.of(
                "evidence-withdrawn", actor.userId(), caseNumber(disputeCase), item.getId().toString(), screened), now);
        cases.update(disputeCase);
        return views.toView(item, caseNumber);
    }

    @IdempotentWrite
    public EvidenceAnnotationView annotate(Caller caller, String caseNumber, String idText, String noteText) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        EvidenceSource side = disputeCase.evidenceSourceOf(actor);
        Evidence item = visible(actor, disputeCase, idText);
        ComplaintText note = screen.screen(noteText.strip());
        int masked = note.masked().values().stream().mapToInt(Integer::intValue).sum();
        Instant now = clock.instant();
        EvidenceAnnotation annotation = item.annotate(actor, side, note.screened(), masked, now);
        evidence.addAnnotation(annotation);
        custody.append(disputeCase, CustodyEventType.ANNOTATED, item.getId(), item.getSha256(), actor,
                annotation.custodyDetail(), now);
        String noted = "added a note to evidence #" + item.getId();
        recordEvent(disputeCase, actor, "EVIDENCE_ANNOTATED", noted, annotation.isStaffOnly(), NoticeText.of(
                "evidence-annotated", actor.userId(), caseNumber(disputeCase), item.getId().toString()), now);
        cases.update(disputeCase);
        return views.toView(annotation);
    }

    public EvidenceAnnotationList annotations(Caller caller, String caseNumber, String idText) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        Evidence item = visible(actor, disputeCase, idText);
        return new EvidenceAnnotationList(item.getId(), views.toAnnotationViews(
                evidence.annotationsOf(item.getId()).stream().filter(a -> a.isVisibleTo(actor)).toList()));
    }

    /** Every note on the case's evidence the caller may read (for the case bundle). */
    public List<EvidenceAnnotationView> annotationsOfCase(Caller caller, DisputeCase disputeCase) {
        Caller actor = disputeCase.standingOf(caller);
        return views.toAnnotationViews(evidence.annotationsOfCase(disputeCase.getId()).stream()
                .filter(a -> a.isVisibleTo(actor)).toList());
    }

    @IdempotentWrite
    public EvidenceView mark(Caller caller, String caseNumber, String idText, EvidenceMark mark, String reason) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        disputeCase.checkCanVerify(actor);
        Evidence item = visible(actor, disputeCase, idText);
        String screened = screen.screen(reason.strip()).screened();
        Instant now = clock.instant();
        item.mark(actor, mark, screened, now);
        custody.append(disputeCase, CustodyEventType.of(mark), item.getId(), item.getSha256(), actor, screened, now);
        disputeCase.recordEvidenceEvent(actor, "EVIDENCE_" + mark.name(), "marked evidence #" + item.getId() + " "
                + mark.name().toLowerCase(Locale.ROOT) + ": " + screened, now);
        cases.update(disputeCase);
        return views.toView(item, caseNumber);
    }

    private Evidence visible(Caller caller, DisputeCase disputeCase, String idText) {
        long id;
        try {
            id = Digits.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new NotFoundException("case " + disputeCase.getCaseNumber().value() + " has no evidence " + idText);
        }
        return evidence.find(disputeCase.getId(), id).filter(e -> e.isVisibleTo(caller))
                .orElseThrow(() -> new NotFoundException("case " + disputeCase.getCaseNumber().value()
                        + " has no evidence " + idText));
    }

    /** What staff keep from the parties is recorded for staff; what the parties see, they are also told of. */
    private static void recordEvent(DisputeCase disputeCase, Caller actor, String action, String detail,
                                    boolean staffOnly, NoticeText toldToTheParties, Instant now) {
        if (staffOnly) {
            disputeCase.recordEvidenceEvent(actor, action, detail, now);
        } else {
            disputeCase.recordEvidenceEvent(actor, action, detail, toldToTheParties, now);
        }
    }

    private static String caseNumber(DisputeCase disputeCase) {
        return disputeCase.getCaseNumber().value();
    }

    /**
     * What one side may still add: each side has its own quota, so that one party cannot fill the case and keep the
     * other's evidence out, and nobody learns from the number what the other side or staff keep.
     */
    private long remaining(DisputeCase disputeCase, EvidenceSource side) {
        long left = settings.maxSideBytes() - evidence.bytesUsed(disputeCase.getId(), side);
        if (left <= 0) {
            throw new ContentTooLargeException("your side's evidence on this case has reached its limit of "
                    + settings.maxSideBytes() + " bytes");
        }
        return Math.min(settings.maxFileBytes(), left);
    }

    private static void checkSource(EvidenceSource source, EvidenceDescription description) {
        if (description.staffOnly() && source != EvidenceSource.STAFF) {
            throw new InvalidRequestException("staffOnly", "only staff keep evidence from the parties");
        }
    }

    private static EvidenceKind parseKind(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("is required");
        }
        try {
            return EvidenceKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("must be one of " + java.util.Arrays.toString(EvidenceKind.values()));
        }
    }

    private static String parseCaption(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("is required");
        }
        if (!VisibleTextValidator.isVisible(text)) {
            throw new InvalidValueException(VisibleTextValidator.MESSAGE);
        }
        String caption = text.strip();
        if (caption.codePointCount(0, caption.length()) > MAX_CAPTION) {
            throw new InvalidValueException("must be at most " + MAX_CAPTION + " characters");
        }
        // Control characters and the Unicode line and paragraph separators all break a caption's line somewhere.
        if (caption.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new InvalidValueException("must be one line of text");
        }
        return caption;
    }

    private static Boolean parseFlag(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("must be true or false");
        };
    }

    private static String extensionOf(String mediaType) {
        int parameters = mediaType.indexOf(';');
        return switch (parameters < 0 ? mediaType : mediaType.substring(0, parameters).strip()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            case "image/heic", "image/heif" -> ".heic";
            case "video/mp4" -> ".mp4";
            case "video/quicktime" -> ".mov";
            case "video/webm" -> ".webm";
            case "video/x-matroska" -> ".mkv";
            case "video/3gpp" -> ".3gp";
            case "application/pdf" -> ".pdf";
            case "application/json" -> ".json";
            case "text/plain" -> ".txt";
            default -> ".bin";
        };
    }
}
