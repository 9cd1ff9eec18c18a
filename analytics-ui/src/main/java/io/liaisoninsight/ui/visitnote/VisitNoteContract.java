package io.liaisoninsight.ui.visitnote;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaisoninsight.schema.ContractViolation;
import io.liaisoninsight.schema.RecordContract;
import io.liaisoninsight.schema.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The visit-notes contract ingest validates against (the same {@link RecordContract}), with each violation
 * turned into a {@link VisitNoteProblem} naming the field in the form's words. So the form refuses exactly
 * what ingest would dead-letter.
 */
final class VisitNoteContract {

    private final RecordContract contract = RecordContract.of(Source.VISIT_NOTE);

    /** The contract's maximum length of a text field, e.g. 200 for {@code title}; 0 if it has none. */
    int maxLength(String field) {
        return contract.maxLength(field);
    }

    /** Problems in contract order of fields (one per field and kind). */
    List<VisitNoteProblem> check(JsonNode record) {
        Set<VisitNoteProblem> problems = new LinkedHashSet<>();
        for (ContractViolation violation : contract.check(record)) {
            problems.add(problem(violation));
        }
        List<String> order = contract.fields();
        List<VisitNoteProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((VisitNoteProblem p) -> order.indexOf(p.field()) < 0 ? Integer.MAX_VALUE
                : order.indexOf(p.field())).thenComparing(p -> p.kind().ordinal()));
        return List.copyOf(sorted);
    }

    private VisitNoteProblem problem(ContractViolation violation) {
        String field = violation.field();
        return switch (violation.kind()) {
            case REQUIRED, EMPTY -> new VisitNoteProblem(field, VisitNoteProblem.Kind.REQUIRED, 0);
            case TOO_LONG -> new VisitNoteProblem(field, VisitNoteProblem.Kind.TOO_LONG, maxLength(field));
            default -> new VisitNoteProblem(field, VisitNoteProblem.Kind.INVALID, 0);
        };
    }
}
