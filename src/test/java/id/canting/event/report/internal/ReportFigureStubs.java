package id.canting.event.report.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import id.canting.event.EventCode;
import id.canting.event.exhibitor.ExhibitorFigures.Exhibitor;
import id.canting.event.report.internal.RegistrationCounts.SessionCounts;

/**
 * Known registration and exhibitor figures for the events a test creates, in the shared full context:
 * whatever implements {@link RegistrationCounts} and {@link ExhibitorCounts} (the adapters over the
 * registration and exhibitor rooms) is wrapped, so that an event a
 * test stubbed answers the test's figures and every other event (the demo's) the real ones. Tests stub
 * in their set-up and {@link #clear()} afterwards.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReportFigureStubs {

	private static final Map<String, List<SessionCounts>> REGISTRATIONS = new ConcurrentHashMap<>();
	private static final Map<String, List<Exhibitor>> EXHIBITORS = new ConcurrentHashMap<>();

	public static void registrations(EventCode event, List<SessionCounts> counts) {
		REGISTRATIONS.put(event.value(), counts);
	}

	public static void exhibitors(EventCode event, List<Exhibitor> exhibitors) {
		EXHIBITORS.put(event.value(), exhibitors);
	}

	public static void clear() {
		REGISTRATIONS.clear();
		EXHIBITORS.clear();
	}

	@Bean
	static BeanPostProcessor reportFigureStubbing() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RegistrationCounts real) {
					return (RegistrationCounts) event -> REGISTRATIONS.getOrDefault(event.value(), real.of(event));
				}
				if (bean instanceof ExhibitorCounts real) {
					return (ExhibitorCounts) event -> EXHIBITORS.getOrDefault(event.value(), real.of(event));
				}
				return bean;
			}
		};
	}
}
