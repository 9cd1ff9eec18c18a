package io.liaisoninsight.ui.meeting;

import io.liaisoninsight.ui.security.Scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The part of a user's scope a meeting or brief covers, written as labels (a district {@code 城关区}, a
 * township {@code 榆中县/城关镇}, or {@code *} for every record). Requests are intersected with the user's
 * scope on the server: a label outside it is refused, never silently dropped or widened.
 *
 * @param labels sorted, distinct labels
 * @param scope  the same as a {@link Scope}, for {@code ScopeFilter}
 */
public record MeetingScope(List<String> labels, Scope scope) {

    public MeetingScope {
        labels = List.copyOf(labels);
    }

    /**
     * @param user      the user's scope
     * @param requested labels asked for; none means the user's whole scope
     * @throws OutOfScope naming the labels outside the user's scope (also an empty user scope)
     */
    public static MeetingScope resolve(Scope user, Collection<String> requested) {
        List<String> wanted = requested == null ? List.of()
                : requested.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
        if (user.isEmpty()) {
            throw new OutOfScope(wanted.isEmpty() ? List.of(Scope.ALL) : wanted);
        }
        if (wanted.isEmpty()) {
            return of(user.labels());
        }
        List<String> refused = wanted.stream().filter(label -> !permits(user, label)).toList();
        if (!refused.isEmpty()) {
            throw new OutOfScope(refused);
        }
        return of(wanted);
    }

    /** Whether every label lies inside the user's scope (a stored meeting the user may open). */
    public static boolean covers(Scope user, Collection<String> labels) {
        return !labels.isEmpty() && labels.stream().allMatch(label -> permits(user, label));
    }

    /** From labels already checked (or stored with a meeting). */
    public static MeetingScope of(Collection<String> labels) {
        List<String> sorted = List.copyOf(new TreeSet<>(labels));
        List<String> districts = new ArrayList<>();
        List<Scope.Township> townships = new ArrayList<>();
        for (String label : sorted) {
            if (label.indexOf('/') >= 0) {
                townships.add(Scope.Township.parse(label));
            } else {
                districts.add(label);
            }
        }
        return new MeetingScope(sorted, Scope.of(districts, townships));
    }

    private static boolean permits(Scope user, String label) {
        if (user.allDistricts()) {
            return true;
        }
        if (Scope.ALL.equals(label)) {
            return false;
        }
        int slash = label.indexOf('/');
        if (slash < 0) {
            return user.districts().contains(label);
        }
        Scope.Township township;
        try {
            township = Scope.Township.parse(label);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return user.districts().contains(township.district()) || user.townships().contains(township);
    }

    /** Labels asked for outside the user's scope. */
    public static final class OutOfScope extends RuntimeException {
        private final List<String> refused;

        OutOfScope(List<String> refused) {
            super("outside the user's scope: " + refused);
            this.refused = List.copyOf(refused);
        }

        public List<String> refused() {
            return refused;
        }
    }
}
