/**
 * Geographical indications the ministry facilitates: their stages, regencies and IKM members. A
 * nested module of certification; batikmark reads an IKM's indications through
 * {@link id.canting.certification.indication.GeographicalIndications}.
 */
@org.springframework.modulith.ApplicationModule
package id.canting.certification.indication;
