/**
 * The programme catalogue: programmes with their type, target, budget, quota, window and lifecycle
 * (draft, published, closed), their eligibility rules and, for machine restructuring, the rate
 * table as data with what it reimburses for a machine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme catalogue")
package id.canting.programme.catalogue;
