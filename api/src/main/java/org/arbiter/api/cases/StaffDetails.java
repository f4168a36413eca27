package org.arbiter.api.cases;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What only staff see of a case.
 *
 * @param priorityReasons  why the case has its priority, one sentence a rule
 * @param suggestions      the classifier's ranked guesses with their confidence
 * @param repeatComplaints how many other complaints the complainant filed within the repeat window
 */
@Schema(name = "StaffDetails")
public record StaffDetails(
        List<String> priorityReasons,
        List<CategoryView> suggestions,
        int repeatComplaints) {
}
