package id.canting.allocation.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

import id.canting.CantingModuleTest;
import id.canting.account.OfficerAddresses;
import id.canting.certification.BatikmarkStandings;
import id.canting.notification.Outbox;
import id.canting.region.Regions;
import id.canting.registry.IkmProfiles;
import id.canting.registry.RegistryQueries;

/**
 * The allocation module on its own, with the other modules it calls replaced by mocks (and the
 * eligibility room too, so that a test states who is eligible): one declaration for every module test
 * of allocation, so that they share one Spring context instead of starting one each. A test takes a
 * mock with {@code @Autowired} and stubs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CantingModuleTest
@MockitoBean(types = { RegistryQueries.class, IkmProfiles.class, BatikmarkStandings.class, Regions.class,
		OfficerAddresses.class, Outbox.class, Eligibility.class })
public @interface AllocationModuleTest {
}
