package org.arbiter.verification;

import java.util.List;

import org.arbiter.api.verification.EvidenceReviewView;
import org.arbiter.api.verification.FindingView;
import org.arbiter.evidence.Evidence;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The verification report's parts on the wire. */
@Mapper
public interface VerificationViewMapper {

    FindingView toView(Finding finding);

    List<FindingView> toViews(List<Finding> findings);

    @Mapping(target = "evidenceId", source = "id")
    EvidenceReviewView toReview(Evidence evidence);
}
