package id.canting.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs; each is written to be safe when several app nodes run it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
