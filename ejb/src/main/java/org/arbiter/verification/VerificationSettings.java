package org.arbiter.verification;

import java.time.Period;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The buyer-protection rules the checks apply, from configuration ({@code arbiter.protection.*}). */
@ApplicationScoped
public class VerificationSettings {

    @Inject
    @ConfigProperty(name = "arbiter.protection.after-delivery")
    Period afterDelivery;

    @Inject
    @ConfigProperty(name = "arbiter.protection.after-payment")
    Period afterPayment;

    @Inject
    @ConfigProperty(name = "arbiter.protection.accepted-signers")
    List<String> acceptedSigners;

    public ProtectionPolicy policy() {
        return new ProtectionPolicy(afterDelivery, afterPayment, acceptedSigners);
    }
}
