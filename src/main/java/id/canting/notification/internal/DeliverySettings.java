package id.canting.notification.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the outbox is delivered ({@code canting.notification.*}, README "E-mail (SMTP)"): the sender
 * address, how many messages one round claims, how long a claim holds (longer than the SMTP
 * timeouts, so a live node's claim never expires while it is still talking to the server), the
 * retry backoff, and how long a delivered message keeps its personal data.
 */
@Component
class DeliverySettings {

	final String from;
	final int batchSize;
	final Duration claimTimeout;
	final Backoff backoff;
	final Duration retention;

	DeliverySettings(@Value("${canting.notification.from:Canting <no-reply@canting.local>}") String from,
			@Value("${canting.notification.batch-size:20}") int batchSize,
			@Value("${canting.notification.claim-timeout:PT5M}") Duration claimTimeout,
			@Value("${canting.notification.retry.initial:PT1M}") Duration initial,
			@Value("${canting.notification.retry.max:PT1H}") Duration max,
			@Value("${canting.notification.retry.max-attempts:10}") int maxAttempts,
			@Value("${canting.notification.retention:P30D}") Duration retention) {
		this.from = from;
		this.batchSize = batchSize;
		this.claimTimeout = claimTimeout;
		this.backoff = new Backoff(initial, max, maxAttempts);
		this.retention = retention;
	}
}
