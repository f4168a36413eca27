package org.arbiter.cases;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.arbiter.api.cases.AuditEntryView;
import org.arbiter.api.cases.CasePage;
import org.arbiter.api.cases.CaseView;
import org.arbiter.api.vocabulary.CaseStatus;
import org.arbiter.api.vocabulary.ComplaintGroup;
import org.arbiter.api.vocabulary.ComplaintType;
import org.arbiter.api.vocabulary.Priority;
import org.arbiter.api.vocabulary.Role;
import org.arbiter.idempotency.IdempotentWrite;
import org.arbiter.shared.Caller;
import org.arbiter.shared.Fields;
import org.arbiter.shared.ForbiddenException;
import org.arbiter.shared.InvalidRequestException;
import org.arbiter.shared.InvalidValueException;
import org.arbiter.shared.PageLimit;
import org.arbiter.staff.StaffRoster;

/** Reading cases and putting them in someone's hands. */
@Stateless
public class CaseService {

    private final SensitiveDataScreen screen = new SensitiveDataScreen();

    @Inject
    StaffRoster staff;

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    CaseQueue queue;

    @Inject
    CaseViewMapper views;

    @Inject
    QueueSettings settings;

    @Inject
    Clock clock;

    public CaseView get(Caller caller, String caseNumber) {
        return access.view(caller, access.find(caller, caseNumber));
    }

    public List<AuditEntryView> auditTrail(Caller caller, String caseNumber) {
        DisputeCase disputeCase = access.find(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        if (!actor.isStaff()) {
            throw new ForbiddenException("the audit trail is for staff who are not a party to the case");
        }
        return views.toAuditViews(cases.auditTrail(disputeCase));
    }

    @IdempotentWrite
    public CaseView withdraw(Caller caller, String caseNumber, String reason) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        disputeCase.withdraw(actor, screen.masked(reason), clock.instant());
        cases.update(disputeCase);
        return access.view(actor, disputeCase);
    }

    @IdempotentWrite
    public CaseView assign(Caller caller, String caseNumber, String assignee, String reason) {
        DisputeCase disputeCase = access.forChange(caller, caseNumber);
        Caller actor = disputeCase.standingOf(caller);
        // A typo would hide the case from every queue and still count as its first response.
        if (actor.has(Role.SUPERVISOR) && !actor.userId().equals(assignee) && !staff.mayWorkCases(assignee)) {
            throw new InvalidRequestException("assignee", "is not a specialist or supervisor Arbiter knows (staff are "
                    + "known once they have signed in, or when arbiter.staff.accounts lists them)");
        }
        disputeCase.assignTo(actor, assignee, screen.masked(reason), clock.instant());
        cases.update(disputeCase);
        return access.view(actor, disputeCase);
    }

    /**
     * The work queue for staff (without the cases they are a party to), "my cases" for parties: filtered,
     * nearest deadline first, one page after the cursor.
     */
    public CasePage queue(Caller caller, QueueQuery query) {
        Fields fields = new Fields();
        QueueFilter filter = filter(caller, query, fields);
        QueueCursor after = null;
        if (query.cursor() != null) {
            after = QueueCursor.decode(query.cursor()).orElse(null);
            if (after == null) {
                fields.reject("cursor", "is not a cursor this server handed out");
            } else if (!after.belongsTo(filter)) {
                fields.reject("cursor", "belongs to another query: page on with the filters it came with, or start "
                        + "again without a cursor");
                after = null;
            }
        }
        int limit = settings.defaultPageSize();
        if (query.limit() != null) {
            Integer requested = fields.parse("limit", () -> PageLimit.parse(query.limit(), settings.maxPageSize()));
            limit = requested == null ? limit : requested;
        }
        fields.throwIfAny();

        // One more than the page: whether it exists decides if there is a next page.
        List<QueueRow> rows = caller.isStaff()
                ? queue.staffPage(caller.userId(), filter, after, limit + 1)
                : queue.partyPage(caller.userId(), filter, after, limit + 1);
        boolean more = rows.size() > limit;
        List<QueueRow> page = more ? rows.subList(0, limit) : rows;
        String next = more ? page.get(page.size() - 1).cursor(filter).encode() : null;
        return new CasePage(views.toSummaries(page), next);
    }

    private static QueueFilter filter(Caller caller, QueueQuery query, Fields fields) {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (String value : query.status()) {
            fields.parse("status", () -> statuses.add(parse(CaseStatus.class, value)));
        }
        Set<Priority> priorities = EnumSet.noneOf(Priority.class);
        for (String value : query.priority()) {
            fields.parse("priority", () -> priorities.add(parse(Priority.class, value)));
        }
        Set<ComplaintType> types = EnumSet.noneOf(ComplaintType.class);
        Set<ComplaintGroup> groups = EnumSet.noneOf(ComplaintGroup.class);
        for (String value : query.category()) {
            String name = value.trim().toUpperCase(Locale.ROOT);
            if (isConstant(ComplaintType.class, name)) {
                types.add(ComplaintType.valueOf(name));
            } else if (isConstant(ComplaintGroup.class, name)) {
                groups.add(ComplaintGroup.valueOf(name));
            } else {
                fields.reject("category", Fields.quoted(value) + " is neither a complaint type nor a group");
            }
        }
        String assignee = null;
        boolean unassigned = false;
        if (query.assignee() != null) {
            if (!caller.isStaff()) {
                fields.reject("assignee", "is a filter for staff only");
            } else if (query.assignee().isBlank()) {
                // Taken as it stands, it would match nobody and answer an empty queue as if it were one.
                fields.reject("assignee", "is empty: give a user id, me or unassigned");
            } else if (query.assignee().equals("unassigned")) {
                unassigned = true;
            } else {
                assignee = query.assignee().equals("me") ? caller.userId() : query.assignee();
            }
        }
        return new QueueFilter(statuses, priorities, types, groups, assignee, unassigned);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!isConstant(type, name)) {
            throw new InvalidValueException(Fields.quoted(value) + " is not one of " + EnumSet.allOf(type));
        }
        return Enum.valueOf(type, name);
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
