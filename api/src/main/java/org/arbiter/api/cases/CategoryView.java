package org.arbiter.api.cases;

import org.arbiter.api.vocabulary.ClassificationSource;
import org.arbiter.api.vocabulary.ComplaintGroup;
import org.arbiter.api.vocabulary.ComplaintType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case's category.
 *
 * @param confidence the classifier's confidence in {@code type}, 0 to 1; 1 when a specialist set it
 */
@Schema(name = "Category")
public record CategoryView(ComplaintGroup group, ComplaintType type, double confidence, ClassificationSource source) {
}
