package io.github.aggregatorsdk.classpass.example.plain;

import io.github.aggregatorsdk.classpass.test.RecordedCall;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.util.List;

/**
 * What the demo did: ClassPass's calls with the studio's answers, the studio's data afterwards,
 * and what the SDK pushed to ClassPass.
 */
record DemoResult(List<Step> steps, InMemoryStudio studio, List<RecordedCall> pushed) {

  /** One call ClassPass made and the studio's answer. */
  record Step(String what, String request, int status, String body) {}
}
