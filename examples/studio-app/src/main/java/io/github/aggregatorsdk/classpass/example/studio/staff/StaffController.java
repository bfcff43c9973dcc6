package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff actions of the timetable page, as form posts that answer {@code 303 See Other} back
 * to the page. Only signed-in staff reach them, with the form's CSRF token ({@link StaffSecurity});
 * bad input is answered by {@link StaffErrors}.
 */
@RestController
class StaffController {

  private final StaffDesk desk;

  StaffController(StaffDesk desk) {
    this.desk = desk;
  }

  @PostMapping("/staff/sessions/{sessionId}/cancel")
  ResponseEntity<Void> cancelClass(@PathVariable long sessionId) {
    desk.cancelClass(sessionId);
    return backToClass(sessionId);
  }

  @PostMapping("/staff/sessions/{sessionId}/capacity")
  ResponseEntity<Void> changeCapacity(@PathVariable long sessionId, @RequestParam int capacity) {
    desk.changeCapacity(sessionId, capacity);
    return backToClass(sessionId);
  }

  @PostMapping("/staff/sessions/{sessionId}/bookings")
  ResponseEntity<Void> bookAtFrontDesk(
      @PathVariable long sessionId,
      @RequestParam long customerId,
      @RequestParam(defaultValue = "Drop-in") String product,
      @RequestParam(defaultValue = "false") boolean paid) {
    desk.bookAtFrontDesk(sessionId, customerId, product, paid);
    return backToClass(sessionId);
  }

  @PostMapping("/staff/bookings/{bookingId}/attendance")
  ResponseEntity<Void> recordAttendance(
      @PathVariable long bookingId, @RequestParam BookingState status) {
    return backToClass(desk.recordAttendance(bookingId, status).getSession().getId());
  }

  @PostMapping("/staff/bookings/{bookingId}/cancel")
  ResponseEntity<Void> cancelBooking(@PathVariable long bookingId) {
    return backToClass(desk.cancelBooking(bookingId).getSession().getId());
  }

  private static ResponseEntity<Void> backToClass(long sessionId) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/#class-" + sessionId))
        .build();
  }
}
