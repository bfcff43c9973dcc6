/** Demo data: one studio with two weeks of classes and a few customers, on an empty database. */
package io.github.aggregatorsdk.classpass.example.studio.demo;
