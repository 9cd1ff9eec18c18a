package io.liaisoninsight.ingest.enrich.text;

/**
 * Part of speech, coarsened from the dictionary's tags to what key-term and entity extraction
 * distinguish. A dictionary lookup gives a word's most frequent tag, not its tag in context, so finer
 * classes would only pretend to a precision the segmenter does not have.
 */
public enum WordKind {
    NOUN, VERB, PLACE, ORGANIZATION, PERSON_NAME, NUMBER, PUNCTUATION,
    /** Prepositions, conjunctions, particles, adverbs, pronouns, measure words, 里/上/下: never part of a name. */
    FUNCTION,
    /** Anything else: adjectives, idioms, time words, and chars the dictionaries do not know. */
    OTHER
}
