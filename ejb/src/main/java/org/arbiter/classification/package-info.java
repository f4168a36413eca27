/**
 * Classification (DESIGN.md §2.2): the text classifier that reads a complaint in Chinese or English and
 * ranks the complaint types, and a specialist's corrections, which are kept and trained on.
 *
 * <p>Terms come from Lucene's analysis chain (Chinese as character bigrams, English stemmed, see
 * {@link org.arbiter.classification.ComplaintTokenizer}); the model is an Apache OpenNLP maximum-entropy
 * document categorizer over those terms, trained at start-up on the labelled corpus kept in
 * {@code classification/corpus.tsv} plus every correction stored so far.
 */
package org.arbiter.classification;
