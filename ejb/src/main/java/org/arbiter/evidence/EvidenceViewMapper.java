package org.arbiter.evidence;

import java.util.List;

import org.arbiter.api.evidence.EvidenceAnnotationView;
import org.arbiter.api.evidence.EvidenceView;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Evidence on the wire. */
@Mapper
public interface EvidenceViewMapper {

    @Mapping(target = "caseNumber", expression = "java(caseNumber)")
    @Mapping(target = "source", source = "source")
    @Mapping(target = "locationRemovedForOtherParty", expression = "java(evidence.getSharedSha256() != null)")
    @Mapping(target = "withheldFromOtherParty", expression = "java(evidence.isWithheldFromOtherParty())")
    @Mapping(target = "contentUrl", expression = "java(contentUrl(caseNumber, evidence))")
    EvidenceView toView(Evidence evidence, @Context String caseNumber);

    List<EvidenceView> toViews(List<Evidence> evidence, @Context String caseNumber);

    EvidenceAnnotationView toView(EvidenceAnnotation annotation);

    List<EvidenceAnnotationView> toAnnotationViews(List<EvidenceAnnotation> annotations);

    default String contentUrl(String caseNumber, Evidence evidence) {
        return "/api/v1/cases/" + caseNumber + "/evidence/" + evidence.getId() + "/content";
    }
}
