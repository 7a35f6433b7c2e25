/**
 * Order allocation: a large batik order (a ministry, a company, a uniform buyer) is split among many
 * IKM of the registry — who is eligible and why not, how much each can make by the due date, a plan
 * that respects capacity, rules and fairness, and the production and deliveries that follow. Other
 * modules react to the published events ({@link id.canting.allocation.AllocationOrderCreated},
 * {@link id.canting.allocation.AllocationPlanConfirmed}, …) and the audit to
 * {@link id.canting.allocation.AllocationActivity}; the rest is in {@code internal/} and {@code web/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order allocation")
package id.canting.allocation;
