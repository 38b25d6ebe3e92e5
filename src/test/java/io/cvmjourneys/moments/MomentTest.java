package io.cvmjourneys.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MomentTest {

    @Test
    void aFieldSentAsNullIsAFieldNotSent() {
        Map<String, Object> data = new HashMap<>();
        data.put("reason", "PRICE");
        data.put("note", null);

        Moment moment = new Moment("evt-1", "CUST-000100", MomentType.CANCELLATION_REQUEST, Channel.WEB, Instant.EPOCH, data);

        assertThat(moment.data()).containsExactly(Map.entry("reason", "PRICE"));
    }
}
