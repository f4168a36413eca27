package org.arbiter.staff;

import java.lang.System.Logger.Level;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At start-up, after the schema is migrated: the accounts {@code arbiter.staff.accounts} lists become known staff. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffListing {

    private static final System.Logger LOG = System.getLogger(StaffListing.class.getName());

    @Inject
    @ConfigProperty(name = ListedStaff.SETTING)
    Optional<String> setting;

    @Inject
    StaffRoster roster;

    @PostConstruct
    void listConfiguredStaff() {
        ListedStaff listed = ListedStaff.parse(setting.orElse(""));
        int[] changes;
        try {
            changes = roster.list(listed);
        } catch (RuntimeException concurrentStart) {
            // Another node starting at the same time inserted some of them first; what is left is done now.
            changes = roster.list(listed);
        }
        LOG.log(Level.INFO, "Staff accounts: " + listed.accounts().size() + " listed in " + ListedStaff.SETTING
                + ", " + changes[0] + " of them new; " + changes[1] + " listed before and no longer, forgotten");
    }
}
