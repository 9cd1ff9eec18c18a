package io.liaisoninsight.ui.visitnote;

import java.util.function.BiFunction;

/**
 * One reason a visit note cannot be submitted, naming the contract field; shown in the form's language as
 * {@code visitnote.problem.KIND} with the field's label ({@code visitnote.field.FIELD}) and the limit.
 *
 * @param field a field of the visit-notes contract, e.g. {@code title}
 * @param kind  what is wrong
 * @param limit the contract's limit for {@link Kind#TOO_LONG}, else 0
 */
public record VisitNoteProblem(String field, Kind kind, int limit) {

    public enum Kind {
        REQUIRED, TOO_LONG, INVALID, IN_FUTURE
    }

    /** The message, e.g. {@code 标题：必填}; {@code translate} is a view's {@code getTranslation}. */
    public String message(BiFunction<String, Object[], String> translate) {
        String label = translate.apply("visitnote.field." + field, new Object[0]);
        return translate.apply("visitnote.problem." + kind.name(), new Object[]{label, limit});
    }
}
