/** HTTP for classification: classifying a text, correcting a case. */
package org.arbiter.web.classification;
