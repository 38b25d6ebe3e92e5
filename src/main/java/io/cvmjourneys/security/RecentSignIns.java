package io.cvmjourneys.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who signed in with which password a moment ago. HTTP Basic sends the password with every request,
 * and checking it costs the identity service a user read, its lock bookkeeping and a group query — a
 * third of an API call's time. A success is taken as read for the same user and password for a short
 * while; only a salted digest of the password is kept, never the password. A wrong password for a
 * user forgets their sign-in at once, so a lock after repeated wrong passwords applies to the next
 * request; any change to users, groups or memberships through the engine forgets every sign-in
 * ({@link IdentityChangesForgetSignIns}). A change made on another node reaches this one when its
 * sign-ins expire.
 */
final class RecentSignIns {

    private record SignIn(byte[] digest, List<GrantedAuthority> authorities, long expiresAt) {
    }

    private final Map<String, SignIn> byUser = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[16];
    private final long reuseNanos;
    private final LongSupplier ticker;

    /** @param ticker a monotonic time in nanoseconds: an expiry counts elapsed time, whatever the operator's clock says */
    RecentSignIns(Duration reuse, LongSupplier ticker) {
        this.reuseNanos = reuse.toNanos();
        this.ticker = ticker;
        new SecureRandom().nextBytes(salt);
    }

    /** The groups of a user who signed in with this password within the reuse time. */
    Optional<List<GrantedAuthority>> groupsOf(String userId, String password) {
        SignIn signIn = byUser.get(userId);
        if (signIn == null || ticker.getAsLong() - signIn.expiresAt() >= 0
                || !MessageDigest.isEqual(signIn.digest(), digest(userId, password))) {
            return Optional.empty();
        }
        return Optional.of(signIn.authorities());
    }

    void signedIn(String userId, String password, List<GrantedAuthority> authorities) {
        if (reuseNanos > 0) {
            byUser.put(userId, new SignIn(digest(userId, password), List.copyOf(authorities), ticker.getAsLong() + reuseNanos));
        }
    }

    void refused(String userId) {
        byUser.remove(userId);
    }

    void forgetAll() {
        byUser.clear();
    }

    private byte[] digest(String userId, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(userId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
