package io.liaisoninsight.ui.security;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Configured users by name, for work done on a user's behalf without their session (the scheduled
 * saved-search alert check), so it runs with the user's current roles and scope, never a remembered or
 * wider one. Single-sign-on users are not known here (their roles and scope come with their token):
 * such work waits until they are signed in.
 */
@Component
public class KnownUsers {

    private final UserDirectory directory;

    KnownUsers(UserDirectory directory) {
        this.directory = directory;
    }

    public Optional<CurrentUser> byUsername(String username) {
        return directory.find(username).map(UserDirectory.Account::user);
    }
}
