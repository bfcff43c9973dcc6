<?xml version="1.0" encoding="UTF-8"?>
<!--
  Finishes the flattened POM that is installed and deployed, where flatten-maven-plugin cannot:
  - the dependencies named in $runtime ("groupId:artifactId" separated by spaces) get scope
    runtime. A module compiles against them, but no public type exposes them, so a host gets
    them on its runtime classpath only and cannot compile against them (Gradle's
    "implementation"). Maven's own POM has no scope for this.
  - a version written "${revision}" (the BOM's dependencyManagement, which flatten copies
    without resolving the parent's property) becomes $version.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:pom="http://maven.apache.org/POM/4.0.0">
  <xsl:param name="runtime"/>
  <xsl:param name="version"/>

  <xsl:template match="@*|node()">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
    </xsl:copy>
  </xsl:template>

  <!-- flatten writes every dependency's scope out; the release check fails if these are not
       runtime in the published POM. -->
  <xsl:template match="/pom:project/pom:dependencies/pom:dependency[
      contains(concat(' ', normalize-space($runtime), ' '),
               concat(' ', pom:groupId, ':', pom:artifactId, ' '))]/pom:scope">
    <xsl:copy>runtime</xsl:copy>
  </xsl:template>

  <xsl:template match="pom:version[normalize-space() = '${revision}']">
    <xsl:copy><xsl:value-of select="$version"/></xsl:copy>
  </xsl:template>
</xsl:stylesheet>
