import { LocaleText } from './types';

/** Español: el contenido de la guía de estrategias (playbook-pages/) y todos los textos que muestra el bot. */
export const es: LocaleText = {
  locale: 'es',
  languageName: 'Español',
  playbook: {
    l1: {
      name: 'Bloqueado',
      definition:
        'El cliente tiene intención de usar la carga de trabajo, pero hay problemas de bloqueo que deben eliminarse con la ayuda de los equipos de Cuenta o de Ingeniería.',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: 'Infraestructura de TI del cliente y corrección',
        definition:
          'Las dependencias de los componentes de infraestructura de TI circundantes en el entorno del cliente (por ejemplo, dispositivos VPN incompatibles, actualizaciones de hardware, complejidades de Active Directory, escenarios híbridos, cliente, explorador) bloquean la adopción.',
        scope: 'El problema debe estar relacionado con una tecnología. NO está relacionado con personas ni procesos.',
        validExamples: [
          'El cliente necesita actualizar Internet Explorer (IE) o Windows.',
          'El cliente tiene complejidades de AD que deben resolverse antes de la implementación.',
          'La red del cliente no tiene suficiente ancho de banda y debe actualizarse.',
          'El cliente está en pleno proceso de fusión y no puede migrar hasta que se combinen los entornos de Active Directory.',
          'El cliente tiene una configuración específica que no es compatible con el servicio de Office 365 (O365).',
        ],
        invalidExamples: [
          {
            text: 'El departamento de TI no tiene experiencia en la arquitectura necesaria para implementar el servicio.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'El cliente tiene procesos técnicos específicos establecidos que no se pueden cambiar.',
            belongsTo: 'it-change-management-resourcing',
          },
        ],
      },
      'it-change-management-resourcing': {
        name: 'Administración de cambios y recursos de TI',
        definition:
          'El mantenimiento o las actualizaciones del servicio interrumpen los procesos y las directivas de TI existentes del cliente (por ejemplo, procesos de TI, supervisión, gestión de incidentes, detección de problemas, directiva de uso doméstico), lo que bloquea la adopción. La solución requiere rediseñar el proceso o la directiva para administrar el cambio. Es posible que el cliente tampoco disponga de los recursos (presupuesto o personal) para la corrección.',
        scope:
          'El problema debe estar relacionado con los administradores técnicos o los equipos de TI. NO está directamente relacionado con la tecnología subyacente, la preparación de los usuarios ni las reglas de negocio.',
        validExamples: [
          'TI no tiene suficiente personal ni presupuesto para llevar a cabo la implementación este trimestre.',
          'El departamento de TI no tiene experiencia en la arquitectura necesaria para implementar el servicio.',
          'La cadencia mensual de actualizaciones del servicio rompe la forma en que TI certifica el software interno.',
          'El servicio de asistencia técnica no está preparado para dar soporte a una carga de trabajo en la nube.',
        ],
        invalidExamples: [
          {
            text: 'El hardware de proxy y de firewall no puede gestionar el tráfico hacia el servicio.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          {
            text: 'Los usuarios no han recibido formación y la empresa no está preparada para el cambio.',
            belongsTo: 'adoption-readiness',
          },
          {
            text: 'El asociado contratado para la implementación no tiene las aptitudes necesarias.',
            belongsTo: 'partner-engagement',
          },
        ],
      },
      'adoption-readiness': {
        name: 'Preparación para la adopción',
        definition:
          'El cliente no puede adoptar el servicio debido a problemas con la administración de cambios interna, incluida la preparación de los usuarios finales o los procesos empresariales. No lo use para problemas de administración de cambios de TI.',
        scope:
          'Casi siempre se trata de la preparación o la formación de los usuarios, a veces de una decisión empresarial; nunca del personal de TI ni de la tecnología.',
        validExamples: [
          'Todavía no hay un plan para formar a los usuarios finales en el nuevo servicio.',
          'Los líderes empresariales quieren esperar a que pase la temporada alta antes de cambiar la forma de trabajar de las personas.',
          'Un departamento depende de su forma de trabajar actual y no cambiará sin un plan de gestión del cambio.',
        ],
        invalidExamples: [
          {
            text: 'El equipo de TI no tiene tiempo para preparar la implementación.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'Los usuarios no pueden iniciar sesión debido a complejidades de AD.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'product-feature-capability': {
        name: 'Característica/funcionalidad del producto',
        definition:
          'Faltan características y funcionalidades básicas del producto o servicio (incluidas configuraciones, características y certificaciones de seguridad y privacidad), o estas contienen errores. Se resuelve principalmente a través de GetHelp o OneList.',
        scope:
          'La carencia está en el propio producto o servicio de Microsoft, no en el entorno ni en las aplicaciones del cliente.',
        validExamples: [
          'El cliente necesita una característica que el servicio aún no tiene, y está registrada en OneList.',
          'Una certificación de seguridad que el cliente exige no está disponible para el servicio.',
          'Un error del producto impide un escenario clave y no hay ninguna solución alternativa.',
        ],
        invalidExamples: [
          {
            text: 'La característica existe, pero solo en un plan que el cliente no ha comprado (E5).',
            belongsTo: 'billing-licensing-subscription',
          },
          {
            text: 'La aplicación de línea de negocio del propio cliente no funciona con el servicio.',
            belongsTo: 'app-compatibility',
          },
        ],
      },
      'app-compatibility': {
        name: 'Compatibilidad de aplicaciones',
        definition:
          'Las aplicaciones de línea de negocio (LOB) del cliente no son compatibles, o no tienen certificada la compatibilidad, con los servicios en la nube y están retrasando la implementación o el uso.',
        scope:
          'El bloqueo son las propias aplicaciones o complementos del cliente, no una característica que le falte al servicio.',
        validExamples: [
          'Un complemento crítico de Outlook deja de funcionar con Microsoft 365 Apps (Office ProPlus).',
          'El proveedor del ERP no ha certificado su producto con la nueva versión de Office.',
          'Una aplicación interna necesita un formato de UPN distinto del que usa la identidad en la nube.',
        ],
        invalidExamples: [
          {
            text: 'Al servicio le falta una característica que el cliente necesita.',
            belongsTo: 'product-feature-capability',
          },
          {
            text: 'Hay que actualizar Windows antes de la implementación.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'partner-engagement': {
        name: 'Participación del asociado',
        definition:
          'Retraso en la selección o contratación de un asociado, o el asociado está bloqueado en la implementación técnica y/o en el soporte para la adopción (por ejemplo, limitación del ámbito, experiencia limitada).',
        scope: 'El bloqueo es el asociado: encontrarlo o contratarlo, o su capacidad para cumplir con la entrega.',
        validExamples: [
          'El cliente aún no ha seleccionado un asociado para la implementación.',
          'La declaración de trabajo (SOW) con el asociado todavía se está negociando.',
          'El asociado tiene poca experiencia con esta carga de trabajo y el proyecto se ha estancado.',
        ],
        invalidExamples: [
          {
            text: 'El personal de TI no tiene las aptitudes necesarias y no se ha considerado ningún asociado.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'El Contrato Enterprise del cliente con Microsoft no está firmado.',
            belongsTo: 'billing-licensing-subscription',
          },
        ],
      },
      'billing-licensing-subscription': {
        name: 'Facturación, licencias y suscripción',
        definition:
          'La implementación está bloqueada hasta que se resuelvan los problemas de suscripción (por ejemplo, aplicación de licencias, transferencia de licencias, SKU incorrecta o reducción de puestos). La solución requiere la participación del vendedor, LSS y/o LSA.',
        scope:
          'Se trata de lo que el cliente ha comprado o puede comprar; requiere al vendedor, LSS o LSA en lugar de al equipo de ingeniería.',
        validExamples: [
          'Las licencias deben transferirse a un nuevo inquilino antes de la implementación.',
          'El cliente compró la SKU comercial, pero necesita la nube gubernamental (GCC).',
          'La renovación del Contrato Enterprise (EA) está estancada.',
        ],
        invalidExamples: [
          {
            text: 'Falta una característica en todos los planes del servicio.',
            belongsTo: 'product-feature-capability',
          },
          { text: 'El contrato con el asociado no se ha firmado.', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: 'Confiabilidad del servicio',
        definition:
          'Disminución de la confianza del cliente debido al rendimiento del servicio, incluida la latencia y/o los incidentes de servicio no planeados (interrupciones).',
        scope:
          'Se trata de la confianza en la disponibilidad y el rendimiento del servicio, no de una característica que falte.',
        validExamples: [
          'Tras la interrupción del mes pasado, el cliente pausó la migración.',
          'Los usuarios informan de latencia en el servicio y la dirección duda de que pueda soportar la carga.',
          'El cliente duda de que los datos puedan recuperarse si el servicio falla.',
        ],
        invalidExamples: [
          {
            text: 'El ancho de banda de la red del cliente es demasiado bajo para el servicio.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          { text: 'Al servicio le falta una certificación de cumplimiento.', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      kind: {
        ask: '¿Qué es lo que principalmente impide avanzar al cliente?',
      },
      'detail-infrastructure': {
        ask: '¿Qué hay que cambiar primero en el entorno de TI del cliente?',
      },
      'detail-it-team': {
        ask: '¿Qué problema hay con el equipo de TI del cliente?',
      },
      'detail-adoption': {
        ask: '¿Qué problema hay con los usuarios o la empresa?',
      },
      'detail-feature': {
        ask: '¿Qué falta o falla en el servicio de Microsoft?',
      },
      'detail-apps': {
        ask: '¿Qué problema hay con las aplicaciones propias del cliente?',
      },
      'detail-partner': {
        ask: '¿Qué problema hay con el asociado?',
      },
      'detail-licensing': {
        ask: '¿Qué problema hay con las licencias o los contratos?',
      },
      'detail-reliability': {
        ask: '¿Qué está minando la confianza del cliente en el servicio?',
      },
      'ms-must-change': {
        ask: '¿Tendría Microsoft que cambiar su producto para que el cliente pueda avanzar (añadir una característica, una configuración o una certificación, o corregir un error)?',
        finding: 'Microsoft tendría que cambiar su producto',
      },
      'service-confidence': {
        ask: '¿Lo que frena al cliente son sus dudas sobre el servicio de Microsoft (su disponibilidad, su velocidad o su confiabilidad)?',
        finding: 'al cliente lo frenan sus dudas sobre el servicio',
      },
      commercial: {
        ask: '¿El bloqueo tiene que ver con lo que el cliente ha comprado o tiene que comprar a Microsoft (licencias, suscripciones, el contrato)?',
        finding: 'hay un asunto comercial pendiente con Microsoft (licencias, suscripciones, contrato)',
      },
      'env-change': {
        ask: '¿Hay que actualizar, sustituir o reconfigurar primero algo del propio entorno de TI del cliente (red, dispositivos, directorio, servidores, Windows o exploradores)?',
        finding: 'primero hay que cambiar algo del propio entorno de TI del cliente',
      },
      'own-apps': {
        ask: '¿Lo que no funciona con el servicio es una aplicación, un complemento o una integración del propio cliente (no un producto de Microsoft)?',
        finding: 'una aplicación, un complemento o una integración del propio cliente no funciona con el servicio',
      },
      'partner-involved': {
        ask: '¿Participa en esta implementación un asociado (una consultora o un revendedor que contrata el cliente)?',
        finding: 'un asociado participa en la implementación',
      },
      'partner-holds-up': {
        ask: '¿Es el asociado lo que frena el avance (aún está por elegir o por contratar, no responde o no puede hacer el trabajo)?',
        finding: 'el asociado está frenando el avance',
      },
      'it-team': {
        ask: '¿La limitación es el propio equipo de TI del cliente (su personal, su tiempo, su presupuesto, sus aptitudes, sus procesos o sus directivas)?',
        finding: 'la limitación es el propio equipo de TI del cliente',
      },
      'users-business': {
        ask: '¿Los que no están preparados son los usuarios finales o los líderes empresariales (formación, resistencia, una decisión de esperar), y no TI?',
        finding: 'los usuarios finales o los líderes empresariales no están preparados',
      },
      'inf-devices': {
        ask: '¿Hay problemas para configurar equipos de escritorio o dispositivos para el servicio?',
        finding: 'problemas para configurar equipos de escritorio o dispositivos para el servicio',
        option: 'Configurar equipos o dispositivos',
      },
      'inf-network': {
        ask: '¿El cliente tiene problemas con los dispositivos de red, el ancho de banda o la conexión con el servicio (por ejemplo, VPN, firewall)?',
        finding: 'problemas con dispositivos de red, ancho de banda o conexión (VPN, firewall)',
        option: 'Red, VPN, firewall, ancho de banda',
      },
      'inf-server-upgrade': {
        ask: '¿El cliente necesita actualizar a una nueva versión de Exchange o SharePoint antes de migrar?',
        finding: 'hay que actualizar Exchange/SharePoint antes de la migración',
        option: 'Actualizar Exchange/SharePoint',
      },
      'inf-directory': {
        ask: '¿Hay que trabajar primero en el directorio del cliente (Active Directory, sincronización de identidades, federación)?',
        finding:
          'primero hay que trabajar en el directorio (Active Directory, sincronización de identidades, federación)',
        option: 'AD, sincronización o federación',
      },
      'inf-merger': {
        ask: '¿Hay una fusión, una adquisición o una escisión de la empresa detrás del bloqueo?',
        finding: 'detrás hay una fusión, una adquisición o una escisión de la empresa',
        option: 'Fusión, adquisición o escisión',
      },
      'm365-windows-image': {
        ask: '¿La implementación de Microsoft 365 Apps está bloqueada hasta que el cliente complete su imagen de Windows 10?',
        finding: 'la implementación de Microsoft 365 Apps espera a la imagen de Windows 10',
        option: 'Esperando la imagen de Windows 10',
      },
      'm365-packaging': {
        ask: '¿Hay problemas con la creación o la implementación de paquetes?',
        finding: 'problemas con la creación o la implementación de paquetes',
        option: 'Crear o implementar paquetes',
      },
      'm365-channel': {
        ask: '¿El cliente tiene problemas de comunicación del canal?',
        finding: 'problemas de comunicación del canal',
        option: 'Comunicación del canal',
      },
      'm365-update-solution': {
        ask: '¿Hay problemas para entender o implementar una solución de actualización para el servicio?',
        finding: 'problemas para entender o implementar una solución de actualización',
        option: 'La solución de actualización',
      },
      'teams-exchange-first': {
        ask: '¿El cliente está esperando a implementar primero Exchange?',
        finding: 'a la espera de implementar primero Exchange',
        option: 'Implementar Exchange primero',
      },
      'itcm-resourcing': {
        ask: '¿Al cliente le falta personal de TI, tiempo de los administradores o presupuesto para hacer el trabajo?',
        finding: 'falta personal de TI, tiempo de los administradores o presupuesto',
        option: 'Falta gente, tiempo o presupuesto',
      },
      'itcm-skills': {
        ask: '¿El propio equipo de TI del cliente carece de las aptitudes necesarias para esta carga de trabajo?',
        finding: 'el equipo de TI del cliente carece de las aptitudes para la carga de trabajo',
        option: 'Le faltan aptitudes',
      },
      'itcm-helpdesk': {
        ask: '¿Hay que preparar el servicio de asistencia técnica del cliente antes de que pueda dar soporte a la carga de trabajo?',
        finding: 'hay que preparar el servicio de asistencia técnica para dar soporte a la carga de trabajo',
        option: 'Preparar la asistencia técnica',
      },
      'itcm-update-cadence': {
        ask: '¿La cadencia de actualizaciones del servicio choca con la forma en que TI prueba, aprueba o administra su software?',
        finding: 'la cadencia de actualizaciones del servicio choca con la forma en que TI administra su software',
        option: 'Cadencia de actualizaciones vs. TI',
      },
      'itcm-allow-lists': {
        ask: '¿A TI le cuesta mantener actualizadas las listas de permitidos de red (direcciones URL e intervalos IP)?',
        finding: 'a TI le cuesta mantener actualizadas las listas de permitidos de red',
        option: 'Mantener las listas de permitidos',
      },
      'itcm-policy': {
        ask: '¿Hay que reescribir primero alguna directiva de TI o de seguridad del cliente?',
        finding: 'primero hay que reescribir una directiva de TI o de seguridad',
        option: 'Hay que reescribir una directiva',
      },
      'ado-user-education': {
        ask: '¿Los usuarios necesitan formación o capacitación antes de que la implementación pueda seguir?',
        finding: 'los usuarios necesitan formación o capacitación primero',
        option: 'Los usuarios necesitan formación',
      },
      'ado-departments': {
        ask: '¿Algunos departamentos se ven mucho más afectados que otros?',
        finding: 'algunos departamentos se ven mucho más afectados que otros',
        option: 'Departamentos mucho más afectados',
      },
      'ado-culture': {
        ask: '¿Tiene que cambiar primero la cultura o la forma de trabajar de la empresa?',
        finding: 'primero tiene que cambiar la cultura o la forma de trabajar de la empresa',
        option: 'Cultura o forma de trabajar',
      },
      'ado-plan': {
        ask: '¿El cliente necesita un plan de adopción o de gestión del cambio antes de seguir?',
        finding: 'primero hace falta un plan de adopción o de gestión del cambio',
        option: 'Falta un plan de adopción',
      },
      'ado-business-decision': {
        ask: '¿Los líderes empresariales están retrasando la implementación o tienen pendiente decidirla (por motivos que no son de licencias ni del asociado)?',
        finding: 'los líderes empresariales retrasan la implementación o tienen pendiente decidirla',
        option: 'Los líderes retrasan o no deciden',
      },
      'pfc-requirement': {
        ask: '¿Hay alguna función o configuración que el cliente necesita y que el servicio no ofrece?',
        finding: 'el servicio no ofrece una función o configuración que el cliente necesita',
        option: 'Una función o configuración',
      },
      'pfc-bug': {
        ask: '¿Hay un error en un producto de Microsoft que impide avanzar al cliente?',
        finding: 'un error en un producto de Microsoft impide avanzar al cliente',
        option: 'Un error en el producto',
      },
      'pfc-logged': {
        ask: '¿Se ha registrado la carencia ante el grupo de producto (OneList o GetHelp)?',
        finding: 'la carencia está registrada ante el grupo de producto (OneList/GetHelp)',
      },
      'pfc-security': {
        ask: '¿Es una necesidad de seguridad, privacidad o cumplimiento (un control, una configuración o una certificación)?',
        finding: 'la necesidad es de seguridad, privacidad o cumplimiento',
        option: 'Seguridad, privacidad o normativa',
      },
      'pfc-residency': {
        ask: '¿Los datos del cliente tienen que permanecer en un país o una región donde el servicio no ofrece residencia de datos?',
        finding:
          'los datos tienen que permanecer en un país o una región donde el servicio no ofrece residencia de datos',
        option: 'Residencia de datos no disponible',
      },
      'pfc-workaround': {
        ask: '¿El cliente tiene hoy una solución alternativa aceptable?',
        finding: 'hoy existe una solución alternativa aceptable',
      },
      'pfc-competitor': {
        ask: '¿Un producto de la competencia ofrece lo que el cliente necesita?',
        finding: 'un producto de la competencia ofrece lo que se necesita',
      },
      'app-lob-testing': {
        ask: '¿Las pruebas de las aplicaciones propias del cliente con el servicio han mostrado problemas?',
        finding: 'las pruebas de las aplicaciones propias del cliente con el servicio mostraron problemas',
        option: 'Las pruebas muestran problemas',
      },
      'app-vendor': {
        ask: '¿Algún proveedor de aplicaciones tiene pendiente certificar su producto con el servicio o darle soporte con él?',
        finding: 'un proveedor de aplicaciones tiene pendiente certificar su producto o darle soporte con el servicio',
        option: 'Proveedor pendiente de certificar',
      },
      'app-identity': {
        ask: '¿Las aplicaciones del cliente necesitan otro método de inicio de sesión u otra configuración de identidad (por ejemplo, otro formato de UPN o autenticación heredada)?',
        finding:
          'las aplicaciones necesitan otro inicio de sesión u otra configuración de identidad (p. ej., formato de UPN, autenticación heredada)',
        option: 'Otro inicio de sesión o UPN',
      },
      'm365-addins': {
        ask: '¿Los complementos de Office (Outlook, Excel, Word) dejan de funcionar?',
        finding: 'los complementos de Office (Outlook, Excel, Word) dejan de funcionar',
        option: 'Fallan los complementos de Office',
      },
      'm365-excel-formulas': {
        ask: '¿La actualización afecta a fórmulas personalizadas o macros de Excel?',
        finding: 'la actualización afecta a fórmulas personalizadas o macros de Excel',
        option: 'Fórmulas o macros de Excel',
      },
      'par-skills': {
        ask: '¿El asociado carece de las aptitudes o la experiencia necesarias para esta carga de trabajo?',
        finding: 'el asociado carece de aptitudes o experiencia para la carga de trabajo',
        option: 'Le faltan aptitudes o experiencia',
      },
      'par-finding': {
        ask: '¿El cliente sigue buscando un asociado o está todavía en proceso de contratarlo?',
        finding: 'sigue buscando un asociado o en proceso de contratarlo',
        option: 'Aún por elegir o por contratar',
      },
      'par-relationship': {
        ask: '¿La relación entre el cliente y el asociado está deteriorada?',
        finding: 'la relación entre el cliente y el asociado está deteriorada',
        option: 'La relación está deteriorada',
      },
      'par-unresponsive': {
        ask: '¿El asociado ha dejado de responder (al cliente o a Microsoft)?',
        finding: 'el asociado ha dejado de responder',
        option: 'Ha dejado de responder',
      },
      'par-scope': {
        ask: '¿El contrato del asociado (SOW) deja fuera trabajo que la implementación necesita?',
        finding: 'el contrato del asociado (SOW) deja fuera trabajo que la implementación necesita',
        option: 'El SOW no cubre trabajo necesario',
      },
      'bil-assignment': {
        ask: '¿Faltan licencias, quedan licencias por asignar o el número de licencias es incorrecto?',
        finding: 'faltan licencias, quedan por asignar o el número es incorrecto',
        option: 'Licencias que faltan o sin asignar',
      },
      'bil-platform': {
        ask: '¿El cliente compró la plataforma o la SKU equivocada (por ejemplo, necesita una nube gubernamental)?',
        finding: 'se compró la plataforma o la SKU equivocada',
        option: 'Plataforma o SKU equivocada',
      },
      'bil-tenant-move': {
        ask: '¿Hay que mover licencias o suscripciones (a otro tenant, centro de datos o región, o tras una fusión)?',
        finding: 'hay que mover licencias o suscripciones (tenant, centro de datos o región)',
        option: 'Mover licencias o suscripciones',
      },
      'bil-capex': {
        ask: '¿La compra está detenida por la aprobación del presupuesto, una orden de compra o la forma de contabilizarla (gasto de capital)?',
        finding:
          'la compra está detenida por la aprobación del presupuesto, una orden de compra (PO) o su contabilización',
        option: 'Presupuesto, PO o contabilización',
      },
      'bil-contract': {
        ask: '¿Está estancado un Contrato Enterprise (EA) u otro contrato con Microsoft?',
        finding: 'está estancado un Contrato Enterprise u otro contrato con Microsoft',
        option: 'EA u otro contrato estancado',
      },
      'bil-plan-features': {
        ask: '¿El cliente necesita características que no incluye su plan actual (por ejemplo, pasar de E3 a E5)?',
        finding: 'necesita características fuera del plan actual (p. ej., de E3 a E5)',
        option: 'Un plan superior (p. ej., E5)',
      },
      'rel-incidents': {
        ask: '¿El cliente ha sufrido interrupciones, incidentes o lentitud del servicio de Microsoft?',
        finding: 'el cliente ha sufrido interrupciones, incidentes o lentitud del servicio',
        option: 'Caídas, incidentes o lentitud',
      },
      'rel-backup': {
        ask: '¿El cliente duda de que se pueda hacer copia de seguridad de sus datos y recuperarlos en el servicio?',
        finding: 'dudas sobre la copia de seguridad y la recuperación de los datos en el servicio',
        option: 'Copia de seguridad y recuperación',
      },
      'rel-transparency': {
        ask: '¿El cliente ha pedido pruebas de la confiabilidad del servicio (SLA, historial de disponibilidad, materiales de confianza y transparencia)?',
        finding: 'el cliente ha pedido pruebas de la confiabilidad del servicio',
        option: 'Pide pruebas de confiabilidad',
      },
      'rel-control': {
        ask: '¿Al cliente le preocupa perder el control en comparación con tenerlo en sus propias instalaciones (on-premises)?',
        finding: 'le preocupa perder el control en comparación con on-premises',
        option: 'Miedo a perder el control',
      },
      'rel-updates': {
        ask: '¿Al cliente le preocupa cómo llegan las actualizaciones y los cambios a sus usuarios?',
        finding: 'le preocupa cómo llegan las actualizaciones y los cambios a los usuarios',
        option: 'Cómo llegan las actualizaciones',
      },
    },
    kindOptions: {
      environment: {
        title: 'El entorno de TI del cliente',
        hint: 'red, dispositivos, directorio, servidores, versiones de Windows o del explorador que hay que cambiar primero',
        finding: 'el obstáculo está en el entorno de TI del cliente',
      },
      'it-org': {
        title: 'El equipo de TI del cliente',
        hint: 'falta de personal, tiempo, presupuesto o aptitudes; procesos o directivas de TI',
        finding: 'la limitación es el equipo de TI del cliente',
      },
      users: {
        title: 'Los usuarios o la empresa',
        hint: 'formación, preparación, resistencia, una decisión empresarial de esperar',
        finding: 'los usuarios o la empresa no están preparados',
      },
      'service-gap': {
        title: 'Falta en el servicio de Microsoft',
        hint: 'una característica, configuración o certificación que no tiene, o un error',
        finding: 'al servicio de Microsoft le falta algo que el cliente necesita',
      },
      apps: {
        title: 'Aplicaciones del cliente',
        hint: 'aplicaciones de línea de negocio, complementos o integraciones propios que fallan con el servicio',
        finding: 'el obstáculo son las propias aplicaciones del cliente',
      },
      partner: {
        title: 'Un asociado',
        hint: 'elegirlo o contratarlo, o el trabajo del asociado',
        finding: 'el atasco está en un asociado',
      },
      licensing: {
        title: 'Licencias o contratos',
        hint: 'lo que ha comprado o tiene que comprar, el contrato con Microsoft',
        finding: 'hay licencias o contratos pendientes',
      },
      trust: {
        title: 'Confianza en el servicio',
        hint: 'interrupciones, lentitud, dudas sobre la confiabilidad o el control',
        finding: 'el obstáculo es la confianza del cliente en el servicio',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps',
      teams: 'Teams',
      other: 'Otra carga de trabajo',
    },
    phases: {
      assignment: {
        name: 'Asignación',
        situation:
          'El cliente tiene intención de usar el servicio, pero uno o varios problemas le impiden avanzar con la implementación.',
      },
      delivery: {
        name: 'Entrega',
        situation:
          'El cliente tiene intención de usar el servicio, pero uno o varios problemas le impiden avanzar con la implementación.',
      },
    },
    ftop: {
      labels: {
        whoUpdates: 'Quién actualiza FTOP',
        l1: 'Valor de L1',
        l2: 'Valor de L2',
        l3: 'Valor de L3',
        serviceStatus: 'Estado del servicio',
        engagementScenario: 'Escenario de participación del servicio',
        targetDate: 'Fecha objetivo',
        owner: 'Responsable',
        notes: 'Notas',
        nextActionDate: 'Fecha de la próxima acción',
        nextAction: 'Próxima acción que se debe realizar',
      },
      values: {
        assignment: {
          whoUpdates: 'FM de Asignación',
          l1: 'Bloqueado',
          l3: 'Ninguno todavía (L3 próximamente)',
          serviceStatus: 'N/D',
          engagementScenario: 'Elija el escenario adecuado',
          targetDate: 'N/D',
          owner: 'FM de Entrega',
          nextActionDate: 'Fecha de la conversación inicial',
          nextAction: 'Reunión de inicio',
        },
        delivery: {
          whoUpdates: 'FM de Entrega',
          l1: 'Bloqueado',
          l3: 'Ninguno todavía (L3 próximamente)',
          serviceStatus: 'N/D',
          engagementScenario: 'Mantenga el valor anterior',
          targetDate: 'Fecha prevista de desbloqueo',
          owner: 'Equipo de cuenta',
          nextActionDate: 'Por determinar',
          nextAction: 'Depende del L2/L3',
        },
      },
    },
  },
  ui: {
    botName: 'Clasificación de bloqueos',
    commandWords: {
      start: ['iniciar', 'empezar', 'comenzar', 'clasificar'],
      help: ['ayuda'],
      list: ['lista', 'listar'],
      explain: ['explicar'],
      summary: ['resumen'],
      clearSummary: ['borrar resumen'],
      language: ['idioma'],
    },
    actions: {
      startTriage: 'Iniciar clasificación',
      listL2s: 'Listar los L2',
      help: 'Ayuda',
      back: 'Atrás',
      startOver: 'Empezar de nuevo',
      chooseMyself: 'Elegir el L2 por mi cuenta',
      useThis: 'Usar este L2',
      explain: 'Explicar',
      tryAgain: 'Reintentar',
      showPhase: 'Fase de {phase}',
      change: 'Cambiar',
      backToResult: 'Volver al resultado',
      thatsIt: 'Es este',
      walkMe: 'Guíeme paso a paso',
      showAll: 'Mostrar todos los L2',
      language: 'Idioma',
      settle: 'Agregar al resumen de la revisión',
      copyForFtop: 'Copiar para FTOP',
      clearSummary: 'Borrar resumen',
      confirmClear: 'Sí, borrarlo',
      cancel: 'Cancelar',
      changeAnswer: 'Cambiar la respuesta a «{question}»',
      explainL2: 'Explicar {l2}',
      page: 'Página del L2',
      use: 'Usar',
      details: 'Detalles',
    },
    answers: { y: 'Sí', n: 'No', u: 'No estoy seguro', none: 'Ninguna de estas' },
    welcome: {
      title: 'Clasificación de bloqueos para FastTrack',
      intro:
        'Cuando una implementación tiene L1 **Bloqueado** en FTOP, encuentro el L2 correcto y le doy los campos de FTOP y una línea de notas listos para pegar.',
      fastest:
        'Lo más rápido: describa aquí el bloqueo con sus propias palabras, por ejemplo «el cliente espera el nuevo contrato EA». Le respondo al momento con el L2.',
      more: 'O escriba iniciar para recorrer las preguntas del manual paso a paso, y ayuda para ver todos los comandos.',
      channelTip: 'En un canal o chat de grupo, mencióneme con @: todos verán la misma tarjeta.',
    },
    help: {
      title: 'Lo que puedo hacer',
      commands: [
        { command: 'iniciar', description: 'Inicia una clasificación guiada (también: clasificar).' },
        { command: 'lista', description: 'Muestra los ocho motivos L2 de «Bloqueado».' },
        {
          command: 'explicar <L2>',
          description:
            'Muestra la página de un L2, por id o nombre (por ejemplo, explicar compatibilidad de aplicaciones).',
        },
        { command: 'ayuda', description: 'Muestra esta tarjeta.' },
        {
          command: 'resumen',
          description: 'El resumen de la revisión de esta conversación, con un bloque para copiar en FTOP.',
        },
        { command: 'resumen csv', description: 'El mismo resumen como archivo CSV.' },
        { command: 'borrar resumen', description: 'Vacía el resumen de la revisión, tras una confirmación.' },
        { command: 'idioma', description: 'Elige el idioma en el que respondo.' },
      ],
      cards:
        'En cada pregunta puede volver atrás, empezar de nuevo o elegir el L2 usted mismo. El resultado muestra los campos de FTOP para la fase de Asignación o de Entrega.',
      channelTip: 'En un canal o chat de grupo, mencióneme con @ antes del comando.',
    },
    workload: {
      title: 'Clasificar una implementación bloqueada',
      prompt: '¿Qué carga de trabajo está bloqueada?',
    },
    question: {
      progress: 'Pregunta {number} de {max} como máximo · {workload}',
      leaning: 'Tendencia: {l2}',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: {
        one: 'Confianza: {percent} tras {count} respuesta',
        many: 'Confianza: {percent} tras {count} de respuestas',
        other: 'Confianza: {percent} tras {count} respuestas',
      },
      chosen: 'Elegido por usted',
      fromDescription: 'Confianza: {percent}, según su descripción',
      why: 'Por qué',
      definition: 'Definición',
      scope: 'Ámbito',
      confirm: 'Confirmar con el cliente',
      workloadQuestions: 'Para {workload}',
      notThis: 'No es este L2 cuando…',
      belongsTo: '{example} → {l2}',
      ftop: 'Campos de FTOP, fase de {phase}',
      ftopAll: 'Todos los campos de FTOP, fase de {phase}',
      notesLine: 'Línea de notas para FTOP',
      notRight: '¿No es correcto? Otros candidatos',
      runnerUp: '{l2} · {percent}',
      unsettledTitle: 'Las respuestas no lo deciden',
      unsettledIntro: 'Estos L2 encajan con sus respuestas. Elija el que corresponda, o elija entre los ocho.',
      useCandidate: 'Usar {l2}',
      nextAction: 'Eliminar el bloqueo: {l2}',
      portal: '{portal} ({local})',
    },
    notes: {
      head: '{l1} – {l2} [{id}]',
      headWorkload: '{l1} – {l2} [{id}] ({workload})',
      withDetails: '{head}: {details}.',
      withoutDetails: '{head}.',
      separator: '; ',
    },
    choose: {
      title: 'Elegir el L2',
      intro: 'Elija el L2 que corresponda.',
      kept: 'Se conservan las respuestas que ha dado hasta ahora.',
    },
    list: {
      title: '{l1}: los ocho motivos L2',
      intro: '{definition}',
    },
    explain: {
      validExamples: 'Encaja, por ejemplo',
      invalidExamples: 'No encaja (use el L2 indicado)',
      confirm: 'Preguntas para confirmarlo con el cliente',
      workloadQuestions: 'Preguntas específicas de la carga de trabajo para {workload}',
      notFound: 'No conozco ningún L2 llamado «{query}». Estos son los ocho; escriba explicar y un id o un nombre.',
      missing: '¿Qué L2? Escriba explicar y un id o un nombre, por ejemplo, explicar participación del asociado.',
    },
    stale: {
      title: 'Esta tarjeta está obsoleta',
      text: 'La creó una versión anterior del bot o sus datos han cambiado. Empiece de nuevo para obtener una tarjeta nueva.',
    },
    error: {
      title: 'Algo salió mal por mi parte',
      text: 'Sus respuestas se conservan en esta tarjeta. Vuelva a intentarlo o empiece de nuevo.',
      message:
        'Lo siento, algo salió mal por mi parte. Sus respuestas se conservan: haga clic de nuevo en la tarjeta o escriba iniciar.',
    },
    suggestion: {
      title: 'Parece: {l2}',
      youWrote: 'Usted escribió',
      confidence: 'Confianza: {percent}',
      why: 'Por qué',
      evidenceTerm: '«{text}» apunta a {l2}',
      evidenceExample: 'Como «{text}» ({l2})',
      alsoPossible: 'También es posible',
      abstain: 'No sé con certeza qué L2 es. Veámoslo paso a paso.',
      truncated: '(abreviado)',
    },
    language: {
      title: 'Elija su idioma',
      changed: 'A partir de ahora le responderé en {language}.',
    },
    summary: {
      title: {
        one: 'Resumen de la revisión: {count} bloqueo',
        many: 'Resumen de la revisión: {count} de bloqueos',
        other: 'Resumen de la revisión: {count} bloqueos',
      },
      empty:
        'Todavía no se ha registrado nada en esta conversación: complete una clasificación y pulse «Agregar al resumen de la revisión».',
      customer: 'Cliente',
      workload: 'Carga de trabajo',
      l2: 'L2',
      notes: 'Notas',
      confirmedBy: 'Confirmado por',
      when: 'Cuándo',
      copyHeading: 'Copiar para FTOP',
      csvName: 'resumen-de-la-revision.csv',
      csvReady: 'El resumen de la revisión como archivo CSV.',
      clearQuestion: '¿Desea borrar el resumen de la revisión de esta conversación? Esta acción no se puede deshacer.',
      cleared: 'Se borró el resumen de la revisión.',
      kept: 'Se conserva el resumen de la revisión.',
      settled: '{name} lo agregó al resumen de la revisión.',
      answeredBy: 'por {name}',
      unknownCustomer: '(no indicado)',
    },
    extensions: {
      quoted: '{author} escribió',
      from: 'mensaje de {author}',
      fromMessage: 'mensaje citado',
      posted: 'Estoy publicando la sugerencia debajo del mensaje, donde todos aquí pueden trabajar en ella.',
      dialogTitle: 'Clasificar este bloqueo',
      privateIntro:
        'Solo usted ve esto: no soy miembro de esta conversación. Publíquela para compartirla o agrégueme a la conversación para que todos trabajen en la misma tarjeta.',
      post: 'Publicar en la conversación',
      noText: 'Ese mensaje no tiene texto que yo pueda leer. Describa el bloqueo con sus propias palabras.',
      fits: 'Coincide con la descripción: {percent} %',
    },
    files: {
      tsvHeading: 'Tabla para Excel (separada por tabulaciones)',
      howTo:
        'Los bots no pueden enviar archivos en canales, chats de grupo ni reuniones. Copie la tabla y péguela en Excel: rellena las columnas y puede guardarla allí como archivo.',
      declined: 'De acuerdo, sin archivo. Escriba resumen para ver aquí el resumen de la revisión.',
      expired: 'Esa oferta de archivo ha caducado. Escriba resumen csv para recibir una nueva.',
      failed: 'No pude subir el archivo. No se perdió nada: escriba resumen csv para intentarlo de nuevo.',
    },
    notAllowed: 'Este bot no está disponible para su organización.',
    storageDown:
      'Lo siento, ahora mismo no puedo acceder a mi almacenamiento. No se cambió nada; vuelva a intentarlo en un minuto.',
  },
};
