package org.arbiter.cases;

import java.util.List;

/** Where the notices a case raises go, in the transaction that raised them: the notification outbox. */
public interface NoticeSink {

    void accept(DisputeCase disputeCase, List<CaseNotice> notices);
}
