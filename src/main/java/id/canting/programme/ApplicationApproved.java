package id.canting.programme;

/** The ministry approved the application, committing one place of the quota and the amount from the budget. */
public record ApplicationApproved(long applicationId, long programmeId, String provinceCode, Long ikmId, Long sentraId, long amountIdr, String by) {
}
