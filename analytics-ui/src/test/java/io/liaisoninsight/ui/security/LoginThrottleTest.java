package io.liaisoninsight.ui.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2025-03-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final TestClock clock = new TestClock();

    private LoginThrottle throttle(int maxTracked) {
        return new LoginThrottle(new SecurityProperties(List.of(), new SecurityProperties.Login(5,
                Duration.ofMinutes(10), Duration.ofMinutes(10), maxTracked), null, SecurityProperties.DEFAULT_CSP), clock);
    }

    @Test
    void fifthFailureWithinTheWindowLocksForTenMinutes() {
        LoginThrottle throttle = throttle(100);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure("analyst-cg", "10.0.0.1")).isFalse();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isLocked("analyst-cg", "10.0.0.1")).isFalse();
        assertThat(throttle.recordFailure("Analyst-CG", "10.0.0.1")).as("name case ignored").isTrue();
        assertThat(throttle.isLocked("analyst-cg", "10.0.0.1")).isTrue();
        // Another machine is not locked out.
        assertThat(throttle.isLocked("analyst-cg", "10.0.0.2")).isFalse();
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.isLocked("analyst-cg", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.isLocked("analyst-cg", "10.0.0.1")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        LoginThrottle throttle = throttle(100);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.recordFailure("leader", "10.0.0.1")).isFalse();
            clock.advance(Duration.ofMinutes(3));
        }
    }

    @Test
    void successForgetsFailures() {
        LoginThrottle throttle = throttle(100);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("leader", "10.0.0.1");
        }
        throttle.recordSuccess("leader", "10.0.0.1");
        assertThat(throttle.recordFailure("leader", "10.0.0.1")).isFalse();
    }

    @Test
    void memoryIsBounded() {
        LoginThrottle throttle = throttle(50);
        for (int i = 0; i < 1000; i++) {
            throttle.recordFailure("guess-" + i, "10.0.0.1");
        }
        assertThat(throttle.tracked()).isEqualTo(50);
    }
}
