package io.cvmjourneys.referrals;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A friend's interest, left on the page a referral link opens (or with a store agent): the friend's
 * name and a way to reach them, under the code that brought them.
 *
 * @param reference the lead's id in the form that took it: the same lead sent twice is one lead
 */
public record ReferralLead(@NotBlank @Size(max = 100) String reference, @NotBlank @Size(max = 20) String code,
                           @NotBlank @Size(max = 200) String name, @Email @Size(max = 200) String email,
                           @Pattern(regexp = "\\+?[0-9 ]{6,20}", message = "must be a phone number") String phone,
                           @Size(max = 20) String postcode) {
}
