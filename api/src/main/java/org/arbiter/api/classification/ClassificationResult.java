package org.arbiter.api.classification;

import java.util.List;

import org.arbiter.api.cases.CategoryView;
import org.arbiter.api.vocabulary.Priority;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the classifier makes of a text.
 *
 * @param category       the best guess
 * @param priority       the priority that category carries on its own (claims and history can raise it)
 * @param needsReview    the confidence is below the threshold: a person should decide
 * @param alternatives   the next best guesses, most likely first
 * @param language       the language the text was read as
 */
@Schema(name = "ClassificationResult")
public record ClassificationResult(
        CategoryView category,
        Priority priority,
        boolean needsReview,
        List<CategoryView> alternatives,
        String language) {
}
