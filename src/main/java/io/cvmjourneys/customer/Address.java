package io.cvmjourneys.customer;

import java.util.Locale;

/** A postal address in the form the network inventory and billing key on (postcode and house number). */
public record Address(String street, String houseNumber, String postcode, String city) {

    public Address {
        postcode = postcode.strip().toUpperCase(Locale.ROOT);
    }

    public String oneLine() {
        return houseNumber + " " + street + ", " + city + " " + postcode;
    }
}
