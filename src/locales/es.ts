import { LocaleText } from './types';

/** Español: el contenido de la guía de estrategias (seeds) y todos los textos que muestra el bot. */
export const es: LocaleText = {
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
      'scope-people-process': {
        ask: '¿El bloqueo tiene que ver con personas o procesos (personal de TI, usuarios, la empresa, un asociado) más que con una tecnología?',
        finding: 'el obstáculo son personas o procesos, no una tecnología',
      },
      'scope-microsoft-side': {
        ask: '¿El problema está en el propio servicio de Microsoft: una característica que falta o no funciona, interrupciones o latencia?',
        finding: 'el problema está en el propio servicio de Microsoft',
      },
      'scope-commercial': {
        ask: '¿Es un asunto comercial: licencias, suscripciones, un acuerdo o un contrato (con Microsoft o con un asociado)?',
        finding: 'hay un asunto comercial pendiente (licencias, acuerdo o contrato)',
      },
      'scope-technology': {
        ask: '¿El bloqueo es una tecnología del propio entorno del cliente: red, dispositivos, directorio (AD), clientes o exploradores?',
        finding: 'el obstáculo es una tecnología del entorno del cliente',
      },
      'scope-it-team': {
        ask: '¿Tiene que ver con el equipo de TI del cliente: su personal, sus aptitudes, su presupuesto o sus procesos y directivas de TI?',
        finding: 'la limitación es el equipo de TI del cliente (personal, aptitudes, presupuesto o procesos de TI)',
      },
      'scope-users-business': {
        ask: '¿Tiene que ver con los usuarios finales o la empresa: preparación, formación, cultura o una decisión empresarial?',
        finding: 'los usuarios finales o la empresa no están preparados',
      },
      'scope-lob-apps': {
        ask: '¿Las aplicaciones de línea de negocio o los complementos propios del cliente fallan con el servicio o no tienen certificación para él?',
        finding: 'las aplicaciones de línea de negocio del cliente no son compatibles o no están certificadas',
      },
      'scope-partner': {
        ask: '¿Se necesita un asociado o participa alguno, y es en el asociado donde se ha atascado todo?',
        finding: 'el atasco está en la participación del asociado',
      },
      'scope-reliability': {
        ask: '¿El cliente ha perdido la confianza en el servicio debido a interrupciones, latencia o rendimiento?',
        finding: 'el cliente ha perdido la confianza en el servicio',
      },
      'inf-devices': {
        ask: '¿Hay problemas para configurar equipos de escritorio o dispositivos para el servicio?',
        finding: 'problemas para configurar equipos de escritorio o dispositivos para el servicio',
      },
      'inf-network': {
        ask: '¿El cliente tiene problemas con los dispositivos de red, el ancho de banda o la conexión con el servicio (por ejemplo, VPN, firewall)?',
        finding: 'problemas con dispositivos de red, ancho de banda o conexión (VPN, firewall)',
      },
      'inf-server-upgrade': {
        ask: '¿El cliente necesita actualizar a una nueva versión de Exchange o SharePoint antes de migrar?',
        finding: 'hay que actualizar Exchange/SharePoint antes de la migración',
      },
      'm365-windows-image': {
        ask: '¿El cliente no puede implementar Microsoft 365 Apps (Office ProPlus) hasta que complete su imagen de Windows 10?',
        finding: 'la implementación de Microsoft 365 Apps espera a la imagen de Windows 10',
      },
      'm365-packaging': {
        ask: '¿Hay problemas con la creación o la implementación de paquetes?',
        finding: 'problemas con la creación o la implementación de paquetes',
      },
      'm365-channel': {
        ask: '¿El cliente tiene problemas de comunicación del canal?',
        finding: 'problemas de comunicación del canal',
      },
      'm365-update-solution': {
        ask: '¿Hay problemas para entender o implementar una solución de actualización para el servicio?',
        finding: 'problemas para entender o implementar una solución de actualización',
      },
      'teams-exchange-first': {
        ask: '¿El cliente está esperando a implementar primero Exchange?',
        finding: 'a la espera de implementar primero Exchange',
      },
      'itcm-resourcing': {
        ask: '¿Le falta al cliente personal de TI o presupuesto suficiente para hacer el trabajo?',
        finding: 'falta personal de TI o presupuesto',
      },
      'itcm-skills': {
        ask: '¿El equipo de TI carece de las aptitudes para esta carga de trabajo (y no se ha considerado ningún asociado)?',
        finding: 'TI carece de las aptitudes para la carga de trabajo',
      },
      'itcm-helpdesk': {
        ask: '¿El servicio de asistencia técnica aún no está preparado para dar soporte a una carga de trabajo en la nube?',
        finding:
          'el servicio de asistencia técnica no está preparado para dar soporte a una carga de trabajo en la nube',
      },
      'itcm-update-cadence': {
        ask: '¿La cadencia de actualizaciones del servicio choca con la forma en que TI administra su software interno?',
        finding: 'la cadencia de actualizaciones del servicio choca con la administración de software de TI',
      },
      'itcm-allow-lists': {
        ask: '¿A TI le cuesta mantener actualizadas las listas de permitidos de red (direcciones URL e intervalos IP)?',
        finding: 'TI no consigue mantener actualizadas las listas de permitidos de red',
      },
      'ado-user-education': {
        ask: '¿Todavía no hay un plan para formar a los usuarios sobre el nuevo servicio?',
        finding: 'todavía no hay un plan para formar a los usuarios',
      },
      'ado-departments': {
        ask: '¿Algunos departamentos se ven mucho más afectados que otros?',
        finding: 'algunos departamentos se ven más afectados que otros',
      },
      'ado-culture': {
        ask: '¿Es necesario cambiar primero la cultura de la empresa, sin que haya un plan de adopción?',
        finding: 'la cultura de la empresa debe cambiar y no hay plan de adopción',
      },
      'ado-business-decision': {
        ask: '¿La empresa (no TI) está deteniendo la implementación a la espera de una decisión o de un cambio en un proceso empresarial?',
        finding: 'la empresa detiene la implementación a la espera de una decisión',
      },
      'pfc-requirement': {
        ask: '¿Hay un requisito funcional que el servicio no cumple, y su ausencia bloquea la implementación?',
        finding: 'el servicio no cumple un requisito funcional',
      },
      'pfc-logged': {
        ask: '¿Se ha registrado la carencia con el grupo de producto (OneList o GetHelp), o debería registrarse?',
        finding: 'la carencia está (o debería estar) registrada en OneList/GetHelp',
      },
      'pfc-security': {
        ask: '¿Lo que falta es una característica o una certificación de seguridad, privacidad o cumplimiento?',
        finding: 'falta una característica de seguridad, privacidad o cumplimiento',
      },
      'pfc-workaround': {
        ask: '¿No hay hoy ninguna solución alternativa aceptable?',
        finding: 'no hay hoy ninguna solución alternativa aceptable',
      },
      'pfc-competitor': {
        ask: '¿Un producto de la competencia ofrece lo que falta?',
        finding: 'un producto de la competencia ofrece lo que falta',
      },
      'app-lob-testing': {
        ask: '¿Las pruebas con otras aplicaciones de línea de negocio han mostrado problemas, o aún no se han hecho?',
        finding: 'las pruebas de aplicaciones de línea de negocio muestran problemas o no se han hecho',
      },
      'app-identity': {
        ask: '¿Hay problemas de identidad, como aplicaciones que necesitan un UPN distinto?',
        finding: 'problemas de identidad, como requisitos de UPN distintos',
      },
      'm365-addins': {
        ask: '¿Los complementos de Office (Outlook, Excel, Word) dejan de funcionar?',
        finding: 'los complementos de Office (Outlook, Excel, Word) dejan de funcionar',
      },
      'm365-excel-formulas': {
        ask: '¿La actualización afecta a fórmulas personalizadas de Excel?',
        finding: 'la actualización afecta a fórmulas personalizadas de Excel',
      },
      'par-skills': {
        ask: '¿El asociado carece de las aptitudes o la experiencia necesarias para esta implementación?',
        finding: 'el asociado carece de aptitudes o experiencia',
      },
      'par-finding': {
        ask: '¿El cliente tiene dificultades para encontrar o contratar un asociado?',
        finding: 'dificultades para encontrar o contratar un asociado',
      },
      'par-relationship': {
        ask: '¿La relación entre el cliente y el asociado está deteriorada?',
        finding: 'la relación entre el cliente y el asociado está deteriorada',
      },
      'par-unresponsive': {
        ask: '¿El asociado no responde a Microsoft?',
        finding: 'el asociado no responde a Microsoft',
      },
      'bil-platform': {
        ask: '¿El cliente compró la plataforma o la SKU equivocada (por ejemplo, necesita la nube gubernamental)?',
        finding: 'se compró la plataforma o la SKU equivocada',
      },
      'bil-tenant-move': {
        ask: '¿Un cambio de inquilino implica que hay que mover licencias?',
        finding: 'hay que mover licencias por un cambio de inquilino',
      },
      'bil-capex': {
        ask: '¿La compra está detenida por la forma en que se trata como gasto de capital?',
        finding: 'el tratamiento como gasto de capital detiene la compra',
      },
      'bil-contract': {
        ask: '¿Está estancado un Contrato Enterprise (EA) u otro contrato?',
        finding: 'el Contrato Enterprise u otro contrato está estancado',
      },
      'bil-plan-features': {
        ask: '¿El cliente necesita características que no incluye su plan actual (E1/E3/E5)?',
        finding: 'necesita características fuera del plan actual (E1/E3/E5)',
      },
      'rel-transparency': {
        ask: '¿El cliente desconoce los materiales de transparencia y confianza de Microsoft, o no lo convencen?',
        finding: 'no lo convencen los materiales de transparencia y confianza de Microsoft',
      },
      'rel-backup': {
        ask: '¿El cliente duda de la copia de seguridad y la recuperación de sus datos en el servicio?',
        finding: 'dudas sobre la copia de seguridad y la recuperación',
      },
      'rel-judgement': {
        ask: '¿El cliente juzga la confiabilidad a partir de interrupciones, incidentes o latencia que ha observado?',
        finding: 'confiabilidad juzgada a partir de interrupciones, incidentes o latencia',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps (Office ProPlus)',
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
      showPhase: 'Mostrar la fase de {phase}',
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
    },
    answers: { y: 'Sí', n: 'No', u: 'No estoy seguro' },
    welcome: {
      title: 'Clasificación de bloqueos para FastTrack',
      intro:
        'Cuando un cliente quiere una carga de trabajo pero algo detiene la implementación, FTOP necesita el L1 **Bloqueado** y el L2 correcto. Le guío por las preguntas de la guía de estrategias y le doy el L2, el motivo, cómo confirmarlo y los campos de FTOP listos para pegar.',
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
      leaning: 'Tendencia: {l2} ({percent}\u00a0%)',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: 'Confianza: {percent}\u00a0% tras {count} respuestas',
      chosen: 'Elegido por usted',
      lowConfidence: 'Las respuestas no son concluyentes. Revise las alternativas de abajo o elija usted mismo el L2.',
      why: 'Por qué',
      noAnswers: 'No se dio ninguna respuesta.',
      definition: 'Definición',
      scope: 'Ámbito',
      confirm: 'Confirmar con el cliente',
      workloadQuestions: 'Para {workload}',
      notThis: 'No es este L2 cuando…',
      belongsTo: '{example} → {l2}',
      ftop: 'Campos de FTOP, fase de {phase}',
      notesLine: 'Línea de notas, lista para pegar',
      notRight: '¿No es correcto? Alternativas:',
      runnerUp: '{l2} ({percent}\u00a0%)',
    },
    notes: {
      line: '{l1} – {l2} [{id}] ({workload}): {findings}.',
      separator: '; ',
      noFindings: 'describa el problema de bloqueo',
    },
    choose: {
      title: 'Elegir el L2',
      intro: 'Elija el L2 que corresponda. Se conservan las respuestas que ha dado hasta ahora.',
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
      confidence: 'Confianza: {percent}\u00a0%',
      why: 'Por qué',
      evidenceTerm: '«{text}» apunta a {l2}',
      evidenceExample: 'Como «{text}» ({l2})',
      runnerUps: 'También es posible: {list}',
      abstain: 'No sé con certeza qué L2 es. Veámoslo paso a paso.',
      truncated: '(abreviado)',
    },
    language: {
      title: 'Elija su idioma',
      changed: 'A partir de ahora le responderé en {language}.',
    },
    summary: {
      title: 'Resumen de la revisión: {count} bloqueos',
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
    notAllowed: 'Este bot no está disponible para su organización.',
    storageDown:
      'Lo siento, ahora mismo no puedo acceder a mi almacenamiento. No se cambió nada; vuelva a intentarlo en un minuto.',
  },
};
