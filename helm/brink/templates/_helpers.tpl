{{/*
Names and labels of the Brink chart.
*/}}

{{/* The chart's name, or nameOverride. */}}
{{- define "brink.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release's full name: fullnameOverride, or <release>-<chart> (just <release> when it already
contains the chart's name). Pod names add "-<ordinal>", so it stays short of 63 characters.
*/}}
{{- define "brink.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 52 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 52 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The headless Service that gives each pod a stable DNS name (StatefulSet serviceName). */}}
{{- define "brink.headlessName" -}}
{{- printf "%s-headless" (include "brink.fullname" .) }}
{{- end }}

{{- define "brink.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "brink.selectorLabels" -}}
app.kubernetes.io/name: {{ include "brink.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "brink.labels" -}}
helm.sh/chart: {{ include "brink.chart" . }}
{{ include "brink.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: stream-processor
app.kubernetes.io/part-of: brink
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "brink.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "brink.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "brink.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* Where brink.properties is mounted, and the file passed with --config. */}}
{{- define "brink.configDir" -}}/etc/brink/config{{- end }}
{{- define "brink.configFile" -}}{{ include "brink.configDir" . }}/brink.properties{{- end }}
{{- define "brink.truststoreDir" -}}/etc/brink/kafka-tls{{- end }}

{{/* The Secret holding the truststore: kafka.truststore.secret, else kafka.existingSecret. */}}
{{- define "brink.truststoreSecret" -}}
{{- default .Values.kafka.existingSecret .Values.kafka.truststore.secret }}
{{- end }}

{{/*
A value for a .properties file. Helm reads every number in values.yaml as a float, which would
print 1000000 as 1e+06: whole numbers print as integers, the rest as given.
*/}}
{{- define "brink.propertyValue" -}}
{{- if and (kindIs "float64" .) (eq . (float64 (int64 .))) }}
{{- int64 . }}
{{- else }}
{{- . }}
{{- end }}
{{- end }}

{{/*
The Kafka client's security settings as environment variables, shared by Brink's pods and the
feed ingester's: protocol, SASL mechanism and JAAS config (from the Secret), truststore.
*/}}
{{- define "brink.kafkaClientEnv" -}}
{{- with .Values.kafka.securityProtocol }}
- name: KAFKA_SECURITY_PROTOCOL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.kafka.saslMechanism }}
- name: KAFKA_SASL_MECHANISM
  value: {{ . | quote }}
{{- end }}
{{- if .Values.kafka.existingSecret }}
- name: KAFKA_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ .Values.kafka.existingSecret }}
      key: {{ .Values.kafka.saslJaasConfigKey }}
{{- end }}
{{- if .Values.kafka.truststore.enabled }}
- name: KAFKA_SSL_TRUSTSTORE_LOCATION
  value: "{{ include "brink.truststoreDir" . }}/{{ .Values.kafka.truststore.key }}"
- name: KAFKA_SSL_TRUSTSTORE_TYPE
  value: {{ .Values.kafka.truststore.type | quote }}
{{- if .Values.kafka.truststore.passwordKey }}
- name: KAFKA_SSL_TRUSTSTORE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "brink.truststoreSecret" . }}
      key: {{ .Values.kafka.truststore.passwordKey }}
{{- end }}
{{- end }}
{{- end }}

{{/* The feed ingester's selector labels: its own name, so Brink's Services and PDB never select it. */}}
{{- define "brink.ingest.selectorLabels" -}}
app.kubernetes.io/name: {{ include "brink.name" . }}-ingest
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "brink.ingest.labels" -}}
helm.sh/chart: {{ include "brink.chart" . }}
{{ include "brink.ingest.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: feed-ingester
app.kubernetes.io/part-of: brink
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "brink.ingest.fullname" -}}
{{- printf "%s-ingest" (include "brink.fullname" .) }}
{{- end }}
