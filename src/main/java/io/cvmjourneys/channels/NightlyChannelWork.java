package io.cvmjourneys.channels;

import io.cvmjourneys.engine.NightlyWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channel team's nightly work: each is off with its {@code -enabled=false} setting. */
@Configuration(proxyBeanMethods = false)
class NightlyChannelWork {

    /** At 05:00 ({@code cvm.channels.template-watch-cron}), once the day's reports are in. */
    @Bean
    NightlyWork templateWatch(TemplateReviews reviews, @Value("${cvm.channels.template-watch-enabled:true}") boolean enabled,
                              @Value("${cvm.channels.template-watch-cron:0 0 5 * * *}") String cron) {
        return new NightlyWork("template watch", cron, enabled, reviews::openWhereReportsCall);
    }

    /** At 06:00 ({@code cvm.channels.volume-check-cron}), before the default quiet hours end and the night's queue goes out. */
    @Bean
    NightlyWork channelVolumeCheck(ChannelVolumes volumes, @Value("${cvm.channels.volume-check-enabled:true}") boolean enabled,
                                   @Value("${cvm.channels.volume-check-cron:0 0 6 * * *}") String cron) {
        return new NightlyWork("channel volume check", cron, enabled, volumes::checkToday);
    }
}
