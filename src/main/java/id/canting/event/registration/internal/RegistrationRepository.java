package id.canting.event.registration.internal;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface RegistrationRepository extends CrudRepository<Registration, Long> {

	Optional<Registration> findByTicketCode(String ticketCode);
}
