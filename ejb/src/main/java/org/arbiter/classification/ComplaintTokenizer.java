package org.arbiter.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a complaint into terms with Lucene's analysis chain: Unicode word segmentation (UAX #29), full-width
 * forms folded, lower case; Chinese runs become overlapping character bigrams plus single characters (the
 * segmentation of Lucene's CJK analyzer), English words lose their stop words and are Porter-stemmed.
 * Thread-safe.
 *
 * <p>Why not a dictionary segmenter such as smartcn: its dictionary is a Java-serialized array larger than
 * the deserialization limit WildFly sets for the whole JVM ({@code jdk.serialFilter maxarray=100000}), and
 * raising that limit weakens every deserialization on the server. Bigrams carry the same signal for
 * classification (签收, 退款, 假货) without a dictionary.
 */
public final class ComplaintTokenizer {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream terms = new CJKWidthFilter(source);
            terms = new LowerCaseFilter(terms);
            terms = new CJKBigramFilter(terms, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            terms = new StopFilter(terms, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            terms = new PorterStemFilter(terms);
            return new TokenStreamComponents(source, terms);
        }
    };

    public String[] tokens(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("complaint", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!isNoise(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words.toArray(String[]::new);
    }

    /** Numbers (order ids, amounts, dates) say nothing about the type of complaint. */
    private static boolean isNoise(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i)) && word.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }
}
