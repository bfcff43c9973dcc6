package io.github.aggregatorsdk.classpass.example.studio.demo;

import io.github.aggregatorsdk.classpass.example.studio.simulator.ReceivedCall;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.UpcomingClass;
import java.net.URI;
import java.util.List;

/**
 * What the demo scenario did and what came of it.
 *
 * @param sessionId the class ClassPass booked into
 * @param run the prefix of the scenario's reservation ids ({@code <run>-1} to {@code <run>-4})
 * @param partnerApi where ClassPass's calls went
 * @param steps ClassPass's calls with the studio's answers, in order
 * @param timetable the upcoming classes with their sign-in lists, afterwards
 * @param simulator the ClassPass simulator's address; null when ClassPass is not simulated
 * @param pushed what the simulator received, oldest first; empty when not simulated
 * @param undelivered updates still waiting in the outbox when the report was made
 */
public record DemoResult(
    String sessionId,
    String run,
    URI partnerApi,
    List<Step> steps,
    List<UpcomingClass> timetable,
    URI simulator,
    List<ReceivedCall> pushed,
    long undelivered) {

  /** One call ClassPass made and the studio's answer. */
  public record Step(String what, String request, int status, String body) {}
}
