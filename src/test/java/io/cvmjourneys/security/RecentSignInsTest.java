package io.cvmjourneys.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class RecentSignInsTest {

    private static final List<GrantedAuthority> STORE = List.of(new SimpleGrantedAuthority("store"));

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RecentSignIns signIns = new RecentSignIns(Duration.ofSeconds(60), nanos::get);

    @Test
    void theSamePasswordWithinTheReuseTimeIsTakenAsReadAndNoOtherIs() {
        signIns.signedIn("store", "demo", STORE);

        assertThat(signIns.groupsOf("store", "demo")).contains(STORE);
        assertThat(signIns.groupsOf("store", "Demo")).as("another password").isEmpty();
        assertThat(signIns.groupsOf("agent", "demo")).as("another user").isEmpty();
        nanos.addAndGet(Duration.ofSeconds(60).toNanos());
        assertThat(signIns.groupsOf("store", "demo")).as("after the reuse time").isEmpty();
    }

    @Test
    void aWrongPasswordOrAnIdentityChangeForgetsTheSignIn() {
        signIns.signedIn("store", "demo", STORE);
        signIns.signedIn("agent", "demo", STORE);

        signIns.refused("store");
        assertThat(signIns.groupsOf("store", "demo")).isEmpty();
        assertThat(signIns.groupsOf("agent", "demo")).isPresent();
        signIns.forgetAll();
        assertThat(signIns.groupsOf("agent", "demo")).isEmpty();
    }

    @Test
    void noReuseTimeChecksEveryTime() {
        RecentSignIns never = new RecentSignIns(Duration.ZERO, nanos::get);
        never.signedIn("store", "demo", STORE);

        assertThat(never.groupsOf("store", "demo")).isEmpty();
    }
}
