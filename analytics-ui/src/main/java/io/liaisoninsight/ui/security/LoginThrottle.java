package io.liaisoninsight.ui.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: after {@code maxFailures} failed logins for one user name from one
 * client address within {@code window}, that pair is refused for {@code lockout}, even with the right
 * password. Unknown user names count too, so the lock does not reveal which names exist. Keyed by
 * name and address (not name alone) so that guessing from one machine cannot lock a colleague out
 * everywhere.
 * <p>
 * In memory and per instance, bounded to {@code maxTracked} pairs (least recently used forgotten):
 * enough to stop online guessing against one instance; several instances behind a load balancer each
 * count for themselves.
 */
@Component
class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Attempts> attempts;

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    LoginThrottle(SecurityProperties properties, Clock clock) {
        SecurityProperties.Login login = properties.login();
        this.maxFailures = Math.max(1, login.maxFailures());
        this.window = login.window();
        this.lockout = login.lockout();
        this.clock = clock;
        int maxTracked = Math.max(1, login.maxTracked());
        this.attempts = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > maxTracked;
            }
        };
    }

    /** Whether this user name is currently locked for this address. */
    synchronized boolean isLocked(String username, String address) {
        Attempts a = attempts.get(key(username, address));
        return a != null && a.lockedUntil != null && clock.instant().isBefore(a.lockedUntil);
    }

    /** Counts a failure; true if this failure locks the pair. */
    synchronized boolean recordFailure(String username, String address) {
        Instant now = clock.instant();
        Attempts a = attempts.computeIfAbsent(key(username, address), k -> new Attempts());
        while (!a.failures.isEmpty() && !a.failures.peekFirst().isAfter(now.minus(window))) {
            a.failures.removeFirst();
        }
        a.failures.addLast(now);
        if (a.failures.size() >= maxFailures) {
            a.failures.clear();
            a.lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    /** A successful login forgets earlier failures. */
    synchronized void recordSuccess(String username, String address) {
        attempts.remove(key(username, address));
    }

    synchronized int tracked() {
        return attempts.size();
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + '\n' + address;
    }
}
