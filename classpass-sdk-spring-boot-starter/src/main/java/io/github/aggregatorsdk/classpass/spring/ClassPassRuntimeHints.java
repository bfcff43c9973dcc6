package io.github.aggregatorsdk.classpass.spring;

import java.util.List;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * What a native image of a host needs from the SDK: the wire records, which Jackson reads and
 * writes by reflection (constructors, accessors, record components), the client's Feign
 * interface, which Feign implements as a JDK proxy, and the outbox's DDL scripts, read from the
 * class path. Registered by {@code META-INF/spring/aot.factories}.
 */
final class ClassPassRuntimeHints implements RuntimeHintsRegistrar {

  private static final String MODEL = "io.github.aggregatorsdk.classpass.model.";

  /** Every type of the wire contract that Jackson binds (enums included). */
  static final List<String> WIRE_TYPES = List.of(
      "Address", "ApiError", "Attendance", "AttendanceList", "CancellationRequest",
      "CancellationResponse", "ClassPassUser", "Coordinate", "EmergencyContact", "Image",
      "LateCancelWindow", "Pagination", "Partner", "PartnerApiErrorCode", "PartnerEnvelope",
      "PartnerList", "ReservationRequest", "ReservationResponse", "ReservationStatus",
      "ReservationUpdate", "Room", "Schedule", "ScheduleClass", "ScheduleList", "SpotPosition",
      "Teacher", "UpdateBatch", "UpdateEvent", "UpdatePayload", "UpdateType", "Venue",
      "VenueEnvelope", "VenueList", "OffsetDateTimeWriter");

  /** The Feign interface of the Inventory API (package-private in the core, named here). */
  static final String INVENTORY_API = "io.github.aggregatorsdk.classpass.client.InventoryApi";

  @Override
  public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
    for (String type : WIRE_TYPES) {
      hints.reflection().registerType(TypeReference.of(MODEL + type),
          MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS,
          MemberCategory.ACCESS_DECLARED_FIELDS);
    }
    hints.reflection().registerType(TypeReference.of(INVENTORY_API),
        MemberCategory.INVOKE_PUBLIC_METHODS);
    hints.proxies().registerJdkProxy(TypeReference.of(INVENTORY_API));
    hints.resources().registerPattern("io/github/aggregatorsdk/classpass/outbox/*.sql");
  }
}
