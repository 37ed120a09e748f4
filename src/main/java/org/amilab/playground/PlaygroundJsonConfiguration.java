package org.amilab.playground;

import com.fasterxml.jackson.databind.Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot adds every Jackson module bean to its mapper, which the event publication registry uses. */
@Configuration(proxyBeanMethods = false)
class PlaygroundJsonConfiguration {

    @Bean
    Module playgroundEventKinds() {
        return EventJson.kindsModule();
    }
}
