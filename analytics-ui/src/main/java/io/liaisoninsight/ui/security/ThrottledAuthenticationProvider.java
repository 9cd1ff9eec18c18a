package io.liaisoninsight.ui.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login for configured users, behind the {@link LoginThrottle}: a locked user name and address
 * is refused before the password is even checked. Unknown names fail like wrong passwords (Spring's
 * provider also spends the same hashing time on them), so names cannot be probed.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDirectory users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(name -> users.find(name)
                .map(a -> new LiaisonUserDetails(a.user(), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user")));
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String address = address(authentication);
        if (throttle.isLocked(name, address)) {
            throw new LoginLockedException(false);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(name, address);
            return result;
        } catch (BadCredentialsException e) {
            if (throttle.recordFailure(name, address)) {
                throw new LoginLockedException(true);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
