package org.amilab.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners of another feature's events ({@code @ApplicationModuleListener}) run on Spring Boot's
 * task executor, after the publishing transaction committed: a learner's click does not wait for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
